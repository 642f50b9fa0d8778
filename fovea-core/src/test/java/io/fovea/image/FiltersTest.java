package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FiltersTest {

  @Test
  void convolve1dSlidesTheDotProductAsTheCourse() {
    assertThat(Filters.convolve1d(new float[] {2, 3, 5, 7, 11}, new float[] {-1, 1}))
        .containsExactly(1, 2, 2, 4);
    assertThat(Filters.convolve1d(new float[] {1, 0, 1, 0, 1, 0}, new float[] {1, -1, 0}))
        .containsExactly(1, -1, 1, -1);
    Tensor y =
        Filters.convolve1d(
            Tensor.of(new float[] {2, 3, 5, 7, 11}, 5), Tensor.of(new float[] {-1, 1}, 2));
    assertThat(y.shape().dims()).containsExactly(4);
  }

  @Test
  void convolve1dPadsAndStrides() {
    float[] x = {1, 2, 3, 4, 5};
    float[] k = {1, 10, 100};
    assertThat(Filters.convolve1d(x, k, "same", 1)).containsExactly(210, 321, 432, 543, 54);
    assertThat(Filters.convolve1d(x, k, "full", 1)).containsExactly(100, 210, 321, 432, 543, 54, 5);
    assertThat(Filters.convolve1d(x, k, "valid", 2)).containsExactly(321, 543);
    assertThat(Filters.convolve1d(x, k, 1, 2)).containsExactly(210, 432, 54);
  }

  @Test
  void convolve2dMatchesTheCourseExamples() {
    Tensor image = Tensor.of(new float[][] {{2, 1, 3}, {4, 0, 2}, {1, 5, 6}});
    Tensor kernel = Tensor.of(new float[][] {{-1, -2}, {1, 2}});
    assertThat(Filters.convolve2d(image, kernel))
        .isEqualTo(Tensor.of(new float[][] {{0, -3}, {7, 13}}));

    Tensor binary =
        Tensor.of(
            new float[][] {
              {1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}
            });
    Tensor x = Tensor.of(new float[][] {{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
    assertThat(Filters.convolve2d(binary, x))
        .isEqualTo(Tensor.of(new float[][] {{4, 3, 4}, {2, 4, 3}, {2, 3, 4}}));
  }

  @Test
  void convolve2dMatchesReferenceOnRandomShapes() {
    long seed = 20240611L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 60; trial++) {
      int h = 1 + random.nextInt(12);
      int w = 1 + random.nextInt(12);
      int c = 1 + random.nextInt(4);
      int kh = 1 + random.nextInt(h + 1);
      int kw = 1 + random.nextInt(w + 1);
      int stride = 1 + random.nextInt(3);
      int rank = 2 + random.nextInt(3);
      int n = 1 + random.nextInt(3);
      int pad = random.nextInt(3);
      String mode = new String[] {"int", "valid", "same", "full"}[random.nextInt(4)];
      int padTop = padBefore(mode, pad, h, kh, stride);
      int padLeft = padBefore(mode, pad, w, kw, stride);
      int outH = outLength(mode, pad, h, kh, stride);
      int outW = outLength(mode, pad, w, kw, stride);
      if (outH < 1 || outW < 1) {
        continue;
      }
      Tensor image = Tensor.randomUniform(io.fovea.tensor.Shape.of(h, w, c), -1, 1, seed + trial);
      int[] kd =
          rank == 2
              ? new int[] {kh, kw}
              : rank == 3 ? new int[] {kh, kw, c} : new int[] {kh, kw, c, n};
      Tensor kernel = Tensor.randomUniform(io.fovea.tensor.Shape.of(kd), -1, 1, ~seed + trial);
      Tensor actual =
          mode.equals("int")
              ? Filters.convolve2d(image, kernel, pad, stride)
              : Filters.convolve2d(image, kernel, mode, stride);
      Tensor expected = reference(image, kernel, stride, padTop, padLeft, outH, outW);
      assertThat(actual.allClose(expected, 1e-5, 1e-5))
          .as(
              "seed %d trial %d image %s kernel %s %s pad %d stride %d: %s vs %s",
              seed, trial, image.shape(), kernel.shape(), mode, pad, stride, actual, expected)
          .isTrue();
    }
  }

  @Test
  void convolve2dSumsAThreeChannelKernelIntoOneMap() {
    Tensor rgb = Tensor.zeros(4, 4, 3).fillRegion(0, 4, 0, 4, 1f, 2f, 3f);
    Tensor kernel = Tensor.zeros(2, 2, 3).fillRegion(0, 2, 0, 2, 1f, 10f, 100f);
    Tensor y = Filters.convolve2d(rgb, kernel);
    assertThat(y).isEqualTo(Tensor.full(4 * 321f, 3, 3));
  }

  @Test
  void convolve2dFiltersEachChannelAloneWithATwoDimensionalKernel() {
    Tensor rgb = Tensor.randomUniform(io.fovea.tensor.Shape.of(6, 5, 3), 0, 1, 7L);
    Tensor kernel = Kernels2D.sobelX();
    Tensor y = Filters.convolve2d(rgb, kernel, "same", 1);
    assertThat(y.shape().dims()).containsExactly(6, 5, 3);
    for (int ch = 0; ch < 3; ch++) {
      Tensor alone = Filters.convolve2d(rgb.channel(ch), kernel, "same", 1);
      assertThat(y.channel(ch).allClose(alone, 1e-6, 1e-6)).as("channel %d", ch).isTrue();
    }
  }

  @Test
  void poolingMatchesTheCourseLoop() {
    Tensor image =
        Tensor.of(new float[][] {{1, 3, 2, 9}, {5, 6, 1, 7}, {4, 2, 8, 0}, {3, 1, 2, 5}});
    assertThat(Filters.maxPool(image, 2)).isEqualTo(Tensor.of(new float[][] {{6, 9}, {4, 8}}));
    assertThat(Filters.averagePool(image, 2))
        .isEqualTo(Tensor.of(new float[][] {{3.75f, 4.75f}, {2.5f, 3.75f}}));
    assertThat(Filters.maxPool(image, 2, 1))
        .isEqualTo(Tensor.of(new float[][] {{6, 6, 9}, {6, 8, 8}, {4, 8, 8}}));
  }

  @Test
  void poolingMatchesReferenceOnRandomShapesPerChannel() {
    long seed = 99L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 30; trial++) {
      int h = 1 + random.nextInt(10);
      int w = 1 + random.nextInt(10);
      int c = 1 + random.nextInt(3);
      int size = 1 + random.nextInt(Math.min(h, w));
      int stride = 1 + random.nextInt(3);
      Tensor image = Tensor.randomUniform(io.fovea.tensor.Shape.of(h, w, c), -1, 1, seed + trial);
      int oh = (h - size) / stride + 1;
      int ow = (w - size) / stride + 1;
      Tensor max = Tensor.zeros(oh, ow, c);
      Tensor avg = Tensor.zeros(oh, ow, c);
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          for (int ch = 0; ch < c; ch++) {
            float m = Float.NEGATIVE_INFINITY;
            double s = 0;
            for (int u = 0; u < size; u++) {
              for (int v = 0; v < size; v++) {
                float value = image.get(i * stride + u, j * stride + v, ch);
                m = Math.max(m, value);
                s += value;
              }
            }
            max.set(m, i, j, ch);
            avg.set((float) (s / (size * size)), i, j, ch);
          }
        }
      }
      String context =
          "seed "
              + seed
              + " trial "
              + trial
              + " "
              + image.shape()
              + " size "
              + size
              + " stride "
              + stride;
      assertThat(Filters.maxPool(image, size, stride)).as(context).isEqualTo(max);
      assertThat(Filters.averagePool(image, size, stride).allClose(avg, 1e-5, 1e-6))
          .as(context)
          .isTrue();
    }
  }

  @Test
  void rejectsAKernelLargerThanTheImageWithValidPadding() {
    Tensor image = Tensor.zeros(3, 3);
    assertThatThrownBy(() -> Filters.convolve2d(image, Tensor.zeros(4, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "convolve2d rows: kernel of 4 does not fit an axis of 3 with padding"
                + " 'valid'; use a smaller kernel or more padding ('same')");
    assertThatThrownBy(() -> Filters.convolve1d(new float[] {1}, new float[] {1, 2}))
        .hasMessageStartingWith("convolve1d: kernel of 2 does not fit an axis of 1");
  }

  @Test
  void rejectsBadShapesPaddingsAndStrides() {
    Tensor rgb = Tensor.zeros(5, 5, 3);
    assertThatThrownBy(() -> Filters.convolve2d(rgb, Tensor.zeros(3, 3, 2)))
        .hasMessage(
            "convolve2d: expected a kernel with 3 channels (axis 2) to match the image,"
                + " got kernel shape [3, 3, 2] for an image of shape [5, 5, 3]");
    assertThatThrownBy(() -> Filters.convolve2d(Tensor.zeros(2, 2, 2, 2), Tensor.zeros(1, 1)))
        .hasMessage(
            "convolve2d: expected a non-empty image [height, width] or [height, width,"
                + " channels], got shape [2, 2, 2, 2]");
    assertThatThrownBy(() -> Filters.convolve2d(rgb, Tensor.zeros(3, 3), "half", 1))
        .hasMessage(
            "convolve2d rows: expected padding 'valid', 'same', 'full' or a number of"
                + " pixels, got 'half'");
    assertThatThrownBy(() -> Filters.convolve2d(rgb, Tensor.zeros(3, 3), 1, 0))
        .hasMessage("convolve2d rows: expected stride >= 1, got 0");
    assertThatThrownBy(() -> Filters.maxPool(rgb, 6))
        .hasMessage("maxPool: window 6x6 does not fit an image of 5x5");
  }

  static int padBefore(String mode, int pad, int in, int k, int stride) {
    switch (mode) {
      case "int":
        return pad;
      case "full":
        return k - 1;
      case "same":
        int out = (in + stride - 1) / stride;
        return Math.max((out - 1) * stride + k - in, 0) / 2;
      default:
        return 0;
    }
  }

  static int outLength(String mode, int pad, int in, int k, int stride) {
    int padded = mode.equals("int") ? in + 2 * pad : mode.equals("full") ? in + 2 * (k - 1) : in;
    if (mode.equals("same")) {
      return (in + stride - 1) / stride;
    }
    return padded < k ? 0 : (padded - k) / stride + 1;
  }

  /** Nested loops over zero-padded positions; the output rank follows the kernel rank. */
  static Tensor reference(
      Tensor image, Tensor kernel, int stride, int padTop, int padLeft, int outH, int outW) {
    int h = image.shape().dim(0);
    int w = image.shape().dim(1);
    int c = image.shape().dim(2);
    int kh = kernel.shape().dim(0);
    int kw = kernel.shape().dim(1);
    int maps = kernel.rank() == 2 ? c : kernel.rank() == 3 ? 1 : kernel.shape().dim(3);
    float[] y = new float[outH * outW * maps];
    for (int i = 0; i < outH; i++) {
      for (int j = 0; j < outW; j++) {
        for (int m = 0; m < maps; m++) {
          double s = 0;
          for (int u = 0; u < kh; u++) {
            for (int v = 0; v < kw; v++) {
              int iy = i * stride - padTop + u;
              int ix = j * stride - padLeft + v;
              if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                continue;
              }
              for (int ch = 0; ch < c; ch++) {
                if (kernel.rank() == 2 && ch != m) {
                  continue;
                }
                float k =
                    kernel.rank() == 2
                        ? kernel.get(u, v)
                        : kernel.rank() == 3 ? kernel.get(u, v, ch) : kernel.get(u, v, ch, m);
                s += k * image.get(iy, ix, ch);
              }
            }
          }
          y[(i * outW + j) * maps + m] = (float) s;
        }
      }
    }
    return kernel.rank() == 3 ? Tensor.wrap(y, outH, outW) : Tensor.wrap(y, outH, outW, maps);
  }
}
