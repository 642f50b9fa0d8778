package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.assertClose;
import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoolingTest {

  private static final long SEED = 4242L;

  /** Pools 2 and 3, strides 1-3, both paddings, odd sizes, channels around the vector widths. */
  private static List<PoolGeometry> geometries(long seed) {
    List<PoolGeometry> list = new ArrayList<>();
    list.add(PoolGeometry.of(1, 1, 1, 1, 2, 2, 2, 2, Padding.SAME));
    list.add(PoolGeometry.of(2, 5, 5, 3, 2, 2, 2, 2, Padding.SAME));
    list.add(PoolGeometry.of(2, 7, 6, 17, 3, 3, 2, 2, Padding.SAME));
    list.add(PoolGeometry.of(3, 8, 8, 16, 2, 2, 2, 2, Padding.VALID));
    SplittableRandom random = new SplittableRandom(seed);
    int[] channels = {1, 3, 7, 16, 33};
    while (list.size() < 40) {
      int pool = 2 + random.nextInt(2);
      int stride = 1 + random.nextInt(3);
      Padding padding = random.nextBoolean() ? Padding.SAME : Padding.VALID;
      int inH = 1 + random.nextInt(9);
      int inW = 1 + random.nextInt(9);
      if (padding == Padding.VALID && (pool > inH || pool > inW)) {
        continue;
      }
      list.add(
          PoolGeometry.of(
              random.nextBoolean() ? 1 : 7,
              inH,
              inW,
              channels[random.nextInt(channels.length)],
              pool,
              pool,
              stride,
              stride,
              padding));
    }
    return list;
  }

  @Test
  void maxPoolPicksFirstLargestInsideImageAndRoutesGradient() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED);
      for (PoolGeometry g : geometries(SEED)) {
        int xOff = random.nextInt(4);
        // Few distinct values, so ties are common.
        float[] x = new float[xOff + g.batch() * g.inputImageSize()];
        for (int i = 0; i < x.length; i++) {
          x[i] = random.nextInt(4) - 3;
        }
        float[] y = randomArray(random, g.batch() * g.outputImageSize());
        int[] argmax = new int[y.length];
        k.maxPool(g, x, xOff, y, argmax);
        int[] expectedArg = referenceArgmax(g, x, xOff);
        String context = k.name() + " seed " + SEED + " " + g;
        assertThat(argmax).as(context).isEqualTo(expectedArg);
        for (int o = 0; o < y.length; o++) {
          assertThat(y[o]).as(context).isEqualTo(x[xOff + expectedArg[o]]);
        }
        float[] dy = randomArray(random, y.length);
        float[] dx = randomArray(random, g.batch() * g.inputImageSize());
        k.maxPoolBackward(g, dy, argmax, dx);
        float[] expectedDx = new float[dx.length];
        for (int o = 0; o < dy.length; o++) {
          expectedDx[expectedArg[o]] += dy[o];
        }
        assertClose(expectedDx, dx, 1e-6, context + " backward");
      }
    }
  }

  @Test
  void maxPoolWithoutArgmaxGivesSameValues() {
    for (Kernels k : bothPaths()) {
      PoolGeometry g = PoolGeometry.of(2, 7, 7, 5, 3, 3, 2, 2, Padding.SAME);
      float[] x = randomArray(new SplittableRandom(SEED), g.batch() * g.inputImageSize());
      float[] a = new float[g.batch() * g.outputImageSize()];
      float[] b = new float[a.length];
      k.maxPool(g, x, 0, a, new int[a.length]);
      k.maxPool(g, x, 0, b, null);
      assertThat(b).as(k.name()).isEqualTo(a);
    }
  }

  @Test
  void samePaddingNeverLetsPaddingWinAMax() {
    for (Kernels k : bothPaths()) {
      // All inputs negative: a zero from the padding would win if it were counted.
      PoolGeometry g = PoolGeometry.of(1, 3, 3, 1, 2, 2, 2, 2, Padding.SAME);
      float[] x = {-9, -8, -7, -6, -5, -4, -3, -2, -1};
      float[] y = new float[4];
      k.maxPool(g, x, 0, y, new int[4]);
      assertThat(y).as(k.name()).containsExactly(-5, -4, -2, -1);
    }
  }

  @Test
  void avgPoolMatchesReferenceAndDividesByCountedPositions() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 1);
      for (PoolGeometry g : geometries(SEED + 1)) {
        int xOff = random.nextInt(4);
        float[] x = randomArray(random, xOff + g.batch() * g.inputImageSize());
        float[] y = randomArray(random, g.batch() * g.outputImageSize());
        k.avgPool(g, x, xOff, y);
        String context = k.name() + " seed " + (SEED + 1) + " " + g;
        double[] counts = new double[y.length];
        float[] expected = referenceAvg(g, x, xOff, counts);
        assertClose(expected, y, 1e-5, context);
        float[] dy = randomArray(random, y.length);
        float[] dx = randomArray(random, g.batch() * g.inputImageSize());
        k.avgPoolBackward(g, dy, dx);
        assertClose(referenceAvgBackward(g, dy, counts), dx, 1e-5, context + " backward");
      }
    }
  }

  @Test
  void avgPoolSamePaddingDividesByThePixelsInsideTheImage() {
    for (Kernels k : bothPaths()) {
      // 3x3 input, pool 2 stride 2 'same': pad 0 before, 1 after; windows hold 4, 2, 2, 1 pixels.
      PoolGeometry g = PoolGeometry.of(1, 3, 3, 1, 2, 2, 2, 2, Padding.SAME);
      float[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
      float[] y = new float[4];
      k.avgPool(g, x, 0, y);
      assertThat(y).as(k.name()).containsExactly(3f, 4.5f, 7.5f, 9f);
      float[] dx = new float[9];
      k.avgPoolBackward(g, new float[] {4, 2, 2, 1}, dx);
      assertThat(dx).as(k.name()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1);
    }
  }

  @Test
  void vectorPoolingEqualsScalarBitForBitAtTailChannelCounts() {
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    Kernels scalar = KernelSelector.scalar();
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int channels : KernelTesting.TAIL_LENGTHS) {
      if (channels == 0 || channels > 100) {
        continue;
      }
      int pool = 2 + random.nextInt(2);
      PoolGeometry g =
          PoolGeometry.of(
              2,
              7,
              6,
              channels,
              pool,
              pool,
              1 + random.nextInt(3),
              1 + random.nextInt(3),
              Padding.SAME);
      float[] x = randomArray(random, 1 + g.batch() * g.inputImageSize());
      float[] dy = randomArray(random, g.batch() * g.outputImageSize());
      int[][] args = new int[2][dy.length];
      float[][] results = new float[8][];
      Kernels[] paths = {scalar, vector};
      for (int p = 0; p < 2; p++) {
        Kernels k = paths[p];
        results[4 * p] = new float[dy.length];
        results[4 * p + 1] = new float[dy.length];
        results[4 * p + 2] = new float[x.length - 1];
        results[4 * p + 3] = new float[x.length - 1];
        k.maxPool(g, x, 1, results[4 * p], args[p]);
        k.avgPool(g, x, 1, results[4 * p + 1]);
        k.maxPoolBackward(g, dy, args[p], results[4 * p + 2]);
        k.avgPoolBackward(g, dy, results[4 * p + 3]);
      }
      String context = "seed " + (SEED + 2) + " " + g;
      assertThat(args[1]).as(context + " argmax").isEqualTo(args[0]);
      for (int i = 0; i < 4; i++) {
        assertThat(results[4 + i]).as(context + " result " + i).isEqualTo(results[i]);
      }
    }
  }

  /** Argmax by the documented rule: the first largest in row-major window order. */
  private static int[] referenceArgmax(PoolGeometry g, float[] x, int xOff) {
    int[] arg = new int[g.batch() * g.outputImageSize()];
    Arrays.fill(arg, -1);
    int o = 0;
    for (int n = 0; n < g.batch(); n++) {
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++) {
          for (int c = 0; c < g.channels(); c++, o++) {
            for (int py = 0; py < g.poolH(); py++) {
              for (int px = 0; px < g.poolW(); px++) {
                int iy = oy * g.strideH() - g.padTop() + py;
                int ix = ox * g.strideW() - g.padLeft() + px;
                if (iy < 0 || iy >= g.inH() || ix < 0 || ix >= g.inW()) {
                  continue;
                }
                int i = ((n * g.inH() + iy) * g.inW() + ix) * g.channels() + c;
                if (arg[o] < 0 || x[xOff + i] > x[xOff + arg[o]]) {
                  arg[o] = i;
                }
              }
            }
          }
        }
      }
    }
    return arg;
  }

  private static float[] referenceAvg(PoolGeometry g, float[] x, int xOff, double[] counts) {
    float[] y = new float[counts.length];
    forEachTap(
        g,
        (o, i) -> {
          counts[o]++;
          y[o] += x[xOff + i];
        });
    for (int o = 0; o < y.length; o++) {
      y[o] /= counts[o];
    }
    return y;
  }

  private static float[] referenceAvgBackward(PoolGeometry g, float[] dy, double[] counts) {
    float[] dx = new float[g.batch() * g.inputImageSize()];
    forEachTap(g, (o, i) -> dx[i] += dy[o] / counts[o]);
    return dx;
  }

  private interface Tap {
    void at(int outIndex, int inIndex);
  }

  private static void forEachTap(PoolGeometry g, Tap tap) {
    int o = 0;
    for (int n = 0; n < g.batch(); n++) {
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++) {
          for (int c = 0; c < g.channels(); c++, o++) {
            for (int py = 0; py < g.poolH(); py++) {
              for (int px = 0; px < g.poolW(); px++) {
                int iy = oy * g.strideH() - g.padTop() + py;
                int ix = ox * g.strideW() - g.padLeft() + px;
                if (iy >= 0 && iy < g.inH() && ix >= 0 && ix < g.inW()) {
                  tap.at(o, ((n * g.inH() + iy) * g.inW() + ix) * g.channels() + c);
                }
              }
            }
          }
        }
      }
    }
  }
}
