package io.fovea.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain nested-loop convolutions accumulated in double, with explicit padding checks: the
 * references the convolution kernels are tested against. Also the geometries the tests draw.
 */
final class ConvReference {

  private ConvReference() {}

  /** {@code y[n, oy, ox, o] = bias[o] + sum x[n, iy, ix, c] * k[ky, kx, c, o]}. */
  static float[] conv(ConvGeometry g, float[] x, int xOff, float[] k, float[] bias) {
    float[] y = new float[g.batch() * g.outputImageSize()];
    for (int n = 0; n < g.batch(); n++) {
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++) {
          for (int o = 0; o < g.outC(); o++) {
            double s = bias == null ? 0 : bias[o];
            for (int ky = 0; ky < g.kernelH(); ky++) {
              for (int kx = 0; kx < g.kernelW(); kx++) {
                int iy = oy * g.strideH() - g.padTop() + ky;
                int ix = ox * g.strideW() - g.padLeft() + kx;
                if (iy < 0 || iy >= g.inH() || ix < 0 || ix >= g.inW()) {
                  continue;
                }
                for (int c = 0; c < g.inC(); c++) {
                  s += (double) x[xOff + inIndex(g, n, iy, ix, c)] * k[kIndex(g, ky, kx, c, o)];
                }
              }
            }
            y[outIndex(g, n, oy, ox, o)] = (float) s;
          }
        }
      }
    }
    return y;
  }

  /** {@code dx[n, iy, ix, c] = sum over the outputs that read it of dy * k}. */
  static float[] backwardInput(ConvGeometry g, float[] dy, float[] k) {
    double[] dx = new double[g.batch() * g.inputImageSize()];
    forEachTap(
        g,
        (n, oy, ox, ky, kx, iy, ix) -> {
          for (int c = 0; c < g.inC(); c++) {
            for (int o = 0; o < g.outC(); o++) {
              dx[inIndex(g, n, iy, ix, c)] +=
                  (double) dy[outIndex(g, n, oy, ox, o)] * k[kIndex(g, ky, kx, c, o)];
            }
          }
        });
    return toFloat(dx);
  }

  /** {@code dk[ky, kx, c, o] = sum over n, oy, ox of x * dy}. */
  static float[] backwardKernel(ConvGeometry g, float[] x, int xOff, float[] dy) {
    double[] dk = new double[g.kernelSize()];
    forEachTap(
        g,
        (n, oy, ox, ky, kx, iy, ix) -> {
          for (int c = 0; c < g.inC(); c++) {
            for (int o = 0; o < g.outC(); o++) {
              dk[kIndex(g, ky, kx, c, o)] +=
                  (double) x[xOff + inIndex(g, n, iy, ix, c)] * dy[outIndex(g, n, oy, ox, o)];
            }
          }
        });
    return toFloat(dk);
  }

  /** Visits every (output pixel, kernel tap) pair that lands inside the image. */
  private static void forEachTap(ConvGeometry g, Tap tap) {
    for (int n = 0; n < g.batch(); n++) {
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++) {
          for (int ky = 0; ky < g.kernelH(); ky++) {
            for (int kx = 0; kx < g.kernelW(); kx++) {
              int iy = oy * g.strideH() - g.padTop() + ky;
              int ix = ox * g.strideW() - g.padLeft() + kx;
              if (iy >= 0 && iy < g.inH() && ix >= 0 && ix < g.inW()) {
                tap.at(n, oy, ox, ky, kx, iy, ix);
              }
            }
          }
        }
      }
    }
  }

  private interface Tap {
    void at(int n, int oy, int ox, int ky, int kx, int iy, int ix);
  }

  static int inIndex(ConvGeometry g, int n, int iy, int ix, int c) {
    return ((n * g.inH() + iy) * g.inW() + ix) * g.inC() + c;
  }

  static int outIndex(ConvGeometry g, int n, int oy, int ox, int o) {
    return ((n * g.outH() + oy) * g.outW() + ox) * g.outC() + o;
  }

  static int kIndex(ConvGeometry g, int ky, int kx, int c, int o) {
    return ((ky * g.kernelW() + kx) * g.inC() + c) * g.outC() + o;
  }

  private static float[] toFloat(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }

  /**
   * Hand-picked geometries (1x1 kernels and images, odd sizes, strides 1-3, both paddings, output
   * channels around the vector widths, the benchmark's layer) and random ones.
   */
  static List<ConvGeometry> geometries(long seed, int randomCount) {
    List<ConvGeometry> list = new ArrayList<>();
    list.add(ConvGeometry.of(1, 1, 1, 1, 1, 1, 1, 1, 1, Padding.VALID));
    list.add(ConvGeometry.of(7, 1, 1, 3, 3, 3, 17, 1, 1, Padding.SAME));
    list.add(ConvGeometry.of(2, 5, 7, 5, 1, 1, 33, 1, 1, Padding.VALID));
    list.add(ConvGeometry.of(2, 5, 7, 5, 1, 1, 16, 2, 2, Padding.SAME));
    list.add(ConvGeometry.of(1, 9, 9, 3, 5, 5, 7, 1, 1, Padding.SAME));
    list.add(ConvGeometry.of(1, 9, 8, 3, 5, 5, 16, 2, 2, Padding.SAME));
    list.add(ConvGeometry.of(3, 10, 11, 5, 2, 2, 17, 3, 3, Padding.VALID));
    list.add(ConvGeometry.of(3, 10, 11, 5, 2, 2, 33, 3, 3, Padding.SAME));
    list.add(ConvGeometry.of(2, 6, 6, 32, 3, 3, 64, 1, 1, Padding.SAME));
    list.add(ConvGeometry.of(2, 7, 6, 17, 3, 3, 80, 1, 1, Padding.VALID));
    list.add(ConvGeometry.of(1, 5, 9, 9, 3, 2, 48, 2, 1, Padding.SAME));
    list.add(ConvGeometry.of(1, 8, 8, 24, 3, 3, 24, 1, 1, Padding.SAME));
    list.add(ConvGeometry.of(2, 9, 7, 64, 3, 3, 16, 2, 2, Padding.SAME));
    list.add(ConvGeometry.of(1, 8, 9, 80, 2, 3, 9, 3, 2, Padding.VALID));
    SplittableRandom random = new SplittableRandom(seed);
    int[] channels = {1, 3, 5};
    int[] outs = {1, 7, 9, 16, 17, 33};
    int[] kernels = {1, 2, 3, 5};
    while (list.size() < 14 + randomCount) {
      int kh = kernels[random.nextInt(kernels.length)];
      int kw = random.nextInt(4) == 0 ? kernels[random.nextInt(kernels.length)] : kh;
      int stride = 1 + random.nextInt(3);
      Padding padding = random.nextBoolean() ? Padding.SAME : Padding.VALID;
      int inH = 1 + random.nextInt(9);
      int inW = 1 + random.nextInt(9);
      if (padding == Padding.VALID && (kh > inH || kw > inW)) {
        continue;
      }
      list.add(
          ConvGeometry.of(
              random.nextBoolean() ? 1 : 7,
              inH,
              inW,
              channels[random.nextInt(3)],
              kh,
              kw,
              outs[random.nextInt(outs.length)],
              stride,
              random.nextInt(3) == 0 ? 1 + random.nextInt(3) : stride,
              padding));
    }
    return list;
  }
}
