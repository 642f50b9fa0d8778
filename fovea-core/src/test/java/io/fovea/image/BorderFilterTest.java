package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BorderFilterTest {

  private static final Tensor SIXTEEN =
      Tensor.of(new float[][] {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});

  /** With a single 1 in the top-left corner, y[i, j] is the extended image at (i-1, j-1). */
  private static final Tensor TOP_LEFT = Tensor.of(new float[][] {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}});

  /** With a single 1 in the bottom-right corner, y[i, j] is the extended image at (i+1, j+1). */
  private static final Tensor BOTTOM_RIGHT =
      Tensor.of(new float[][] {{0, 0, 0}, {0, 0, 0}, {0, 0, 1}});

  @Test
  void reflect101IsTheDefaultAndSkipsTheEdgePixel() {
    assertThat(Filters.filter2D(SIXTEEN, TOP_LEFT))
        .isEqualTo(
            Tensor.of(new float[][] {{6, 5, 6, 7}, {2, 1, 2, 3}, {6, 5, 6, 7}, {10, 9, 10, 11}}));
    assertThat(Filters.filter2D(SIXTEEN, BOTTOM_RIGHT))
        .isEqualTo(
            Tensor.of(
                new float[][] {
                  {6, 7, 8, 7}, {10, 11, 12, 11}, {14, 15, 16, 15}, {10, 11, 12, 11}
                }));
  }

  @Test
  void constantReplicateReflectAndWrapExtendAsOpenCv() {
    assertThat(Filters.filter2D(SIXTEEN, TOP_LEFT, Border.CONSTANT))
        .isEqualTo(
            Tensor.of(new float[][] {{0, 0, 0, 0}, {0, 1, 2, 3}, {0, 5, 6, 7}, {0, 9, 10, 11}}));
    assertThat(Filters.filter2D(SIXTEEN, TOP_LEFT, Border.REPLICATE))
        .isEqualTo(
            Tensor.of(new float[][] {{1, 1, 2, 3}, {1, 1, 2, 3}, {5, 5, 6, 7}, {9, 9, 10, 11}}));
    assertThat(Filters.filter2D(SIXTEEN, BOTTOM_RIGHT, Border.REFLECT))
        .isEqualTo(
            Tensor.of(
                new float[][] {
                  {6, 7, 8, 8}, {10, 11, 12, 12}, {14, 15, 16, 16}, {14, 15, 16, 16}
                }));
    assertThat(Filters.filter2D(SIXTEEN, BOTTOM_RIGHT, Border.WRAP))
        .isEqualTo(
            Tensor.of(
                new float[][] {{6, 7, 8, 5}, {10, 11, 12, 9}, {14, 15, 16, 13}, {2, 3, 4, 1}}));
  }

  @Test
  void bordersWiderThanTheImageReflectAgain() {
    assertThat(
            new int[] {
              Border.REFLECT_101.index(-2, 2), Border.REFLECT_101.index(-1, 2),
              Border.REFLECT_101.index(2, 2), Border.REFLECT_101.index(3, 2)
            })
        .containsExactly(0, 1, 0, 1);
    assertThat(Border.REFLECT.index(-3, 2)).isEqualTo(1);
    assertThat(Border.REFLECT_101.index(-5, 1)).isZero();
    assertThat(Border.WRAP.index(-5, 3)).isEqualTo(1);
    assertThat(Border.CONSTANT.index(4, 4)).isEqualTo(-1);
    assertThat(Filters.filter2D(Tensor.full(7f, 1, 1), Kernels2D.boxBlur(5)).item())
        .isCloseTo(7f, org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(Border.of("BORDER_REFLECT_101")).isEqualTo(Border.REFLECT_101);
    assertThatThrownBy(() -> Border.of("mirror"))
        .hasMessage(
            "border: expected one of constant,"
                + " replicate, reflect, reflect_101, wrap, got 'mirror'");
  }

  @Test
  void matchesReflect101ReferenceOnRandomColourImages() {
    long seed = 4242L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 20; trial++) {
      int k = 1 + 2 * random.nextInt(3);
      int h = k / 2 + 1 + random.nextInt(10);
      int w = k / 2 + 1 + random.nextInt(10);
      int c = 1 + random.nextInt(4);
      Tensor image = Tensor.randomUniform(Shape.of(h, w, c), 0, 255, seed + trial);
      Tensor kernel = Tensor.randomUniform(Shape.of(k, k), -1, 1, ~seed + trial);
      Tensor expected = Tensor.zeros(h, w, c);
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          for (int ch = 0; ch < c; ch++) {
            double s = 0;
            for (int u = 0; u < k; u++) {
              for (int v = 0; v < k; v++) {
                s +=
                    kernel.get(u, v)
                        * image.get(reflect101(i + u - k / 2, h), reflect101(j + v - k / 2, w), ch);
              }
            }
            expected.set((float) s, i, j, ch);
          }
        }
      }
      assertThat(Filters.filter2D(image, kernel).allClose(expected, 1e-5, 1e-3))
          .as("seed %d trial %d image %s kernel %dx%d", seed, trial, image.shape(), k, k)
          .isTrue();
    }
  }

  /** OpenCV's gfedcb|abcdefgh|gfedcba for borders narrower than the image. */
  private static int reflect101(int p, int n) {
    return p < 0 ? -p : p >= n ? 2 * n - 2 - p : p;
  }

  @Test
  void saturateRoundsHalfToEvenAndClipsLikeAnEightBitImage() {
    Tensor image = Tensor.of(new float[][] {{1, 3, 5, 7, 600, -40, Float.NaN, 509.8f}});
    Tensor half = Tensor.of(new float[][] {{0.5f}});
    assertThat(Filters.filter2D(image, half, Border.REFLECT_101, true))
        .isEqualTo(Tensor.of(new float[][] {{0, 2, 2, 4, 255, 0, 0, 255}}));
    assertThat(Filters.filter2D(image, half, Border.REFLECT_101, false))
        .isEqualTo(
            Tensor.of(new float[][] {{0.5f, 1.5f, 2.5f, 3.5f, 300, -20, Float.NaN, 254.9f}}));
    Tensor nearTop = Tensor.of(new float[][] {{253.4f, 254.5f}});
    assertThat(Filters.filter2D(nearTop, Tensor.of(new float[][] {{1}}), Border.WRAP, true))
        .isEqualTo(Tensor.of(new float[][] {{253, 254}}));
  }

  @Test
  void sobelRespondsToAVerticalStepEdge() {
    Tensor step = Tensor.zeros(5, 6, 1).fillRegion(0, 5, 3, 6, 1f).reshape(5, 6);
    Tensor response = Filters.filter2D(step.reshape(5, 6, 1), Kernels2D.sobelX());
    float[] row = {0, 0, 4, 4, 0, 0};
    for (int i = 0; i < 5; i++) {
      assertThat(response.index(i).toArray()).as("row %d", i).containsExactly(row);
    }
    assertThat(Filters.filter2D(step, Kernels2D.sobelY())).isEqualTo(Tensor.zeros(5, 6));
  }

  @Test
  void evenKernelsAnchorJustAfterTheMiddleAsOpenCv() {
    Tensor twoByTwo = Tensor.of(new float[][] {{1, 0}, {0, 0}});
    assertThat(Filters.filter2D(SIXTEEN, twoByTwo)).isEqualTo(Filters.filter2D(SIXTEEN, TOP_LEFT));
    assertThat(Filters.filter2D(SIXTEEN, TOP_LEFT, Border.REFLECT_101, false, 0, 0))
        .isEqualTo(SIXTEEN);
    assertThatThrownBy(() -> Filters.filter2D(SIXTEEN, twoByTwo, Border.REFLECT_101, false, 2, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "filter2D: expected anchorY in [0, 2) or -1 for the centre of kernel [2, 2],"
                + " got 2");
  }

  @Test
  void filtersEveryChannelWithTheSameKernel() {
    Tensor rgb = Tensor.randomUniform(Shape.of(7, 9, 3), 0, 1, 3L);
    Tensor y = Filters.filter2D(rgb, Kernels2D.gaussian(5, 1.0), Border.REPLICATE);
    for (int ch = 0; ch < 3; ch++) {
      Tensor alone =
          Filters.filter2D(rgb.channel(ch), Kernels2D.gaussian(5, 1.0), Border.REPLICATE);
      assertThat(y.channel(ch).allClose(alone, 1e-6, 1e-6)).as("channel %d", ch).isTrue();
    }
  }

  @Test
  void rejectsAKernelThatIsNotTwoDimensional() {
    assertThatThrownBy(() -> Filters.filter2D(SIXTEEN, Tensor.zeros(3, 3, 1)))
        .hasMessage(
            "filter2D: expected a 2-D kernel [kh, kw], got shape [3, 3, 1]. Filter"
                + " channels with different kernels one at a time.");
  }
}
