package io.fovea.kernel;

import java.util.Arrays;

/**
 * Plain-Java pooling over channels-last images; see {@link Kernels#maxPool}.
 *
 * <p>The window of output {@code (oy, ox)} covers input rows {@code oy * strideH - padTop .. +
 * poolH - 1} and columns likewise, clipped to the image: padded positions never win a max and are
 * not counted in an average, so {@code avg = sum(window ∩ image) / |window ∩ image|} (as
 * TensorFlow). Ties in a max go to the first maximum in window order (row by row, left to right).
 * Pooling is memory-bound, so both kernel paths use these loops, split over images or output rows
 * so that each output is written by one thread.
 */
final class ScalarPooling {

  private ScalarPooling() {}

  static void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax) {
    Parallel.forRange(
        g.batch() * g.outH(),
        4,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            for (int ox = 0; ox < g.outW(); ox++) {
              maxWindow(g, x, xOff, y, argmax, r / g.outH(), r % g.outH(), ox, 0);
            }
          }
        });
  }

  /** Max pooling of one output pixel, channels {@code cFrom ..}. */
  static void maxWindow(
      PoolGeometry g,
      float[] x,
      int xOff,
      float[] y,
      int[] argmax,
      int n,
      int oy,
      int ox,
      int cFrom) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int x1 = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW());
    int out = ((n * g.outH() + oy) * g.outW() + ox) * ch;
    int image = n * g.inputImageSize();
    boolean first = true;
    for (int iy = y0; iy < y1; iy++) {
      for (int ix = x0; ix < x1; ix++) {
        int in = image + (iy * g.inW() + ix) * ch;
        for (int c = cFrom; c < ch; c++) {
          float v = x[xOff + in + c];
          // Strictly greater: the first maximum in window order wins a tie.
          if (first || v > y[out + c]) {
            y[out + c] = v;
            if (argmax != null) {
              argmax[out + c] = in + c;
            }
          }
        }
        first = false;
      }
    }
  }

  static void maxPoolBackward(PoolGeometry g, float[] dy, int[] argmax, float[] dx) {
    int inImage = g.inputImageSize();
    int outImage = g.outputImageSize();
    // Windows overlap when stride < pool, so the gradients are added; an image's outputs only
    // reach that image's inputs, so splitting by image keeps each sum on one thread.
    Parallel.forRange(
        g.batch(),
        1,
        (from, to) -> {
          Arrays.fill(dx, from * inImage, to * inImage, 0f);
          for (int o = from * outImage; o < to * outImage; o++) {
            dx[argmax[o]] += dy[o];
          }
        });
  }

  static void avgPool(PoolGeometry g, float[] x, int xOff, float[] y) {
    Parallel.forRange(
        g.batch() * g.outH(),
        4,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            for (int ox = 0; ox < g.outW(); ox++) {
              avgWindow(g, x, xOff, y, r / g.outH(), r % g.outH(), ox, 0);
            }
          }
        });
  }

  /** Average pooling of one output pixel, channels {@code cFrom ..}, summed in window order. */
  static void avgWindow(
      PoolGeometry g, float[] x, int xOff, float[] y, int n, int oy, int ox, int cFrom) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int x1 = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW());
    int out = ((n * g.outH() + oy) * g.outW() + ox) * ch;
    Arrays.fill(y, out + cFrom, out + ch, 0f);
    for (int iy = y0; iy < y1; iy++) {
      for (int ix = x0; ix < x1; ix++) {
        int in = xOff + n * g.inputImageSize() + (iy * g.inW() + ix) * ch;
        for (int c = cFrom; c < ch; c++) {
          y[out + c] += x[in + c];
        }
      }
    }
    float scale = 1f / ((y1 - y0) * (x1 - x0));
    for (int c = cFrom; c < ch; c++) {
      y[out + c] *= scale;
    }
  }

  static void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx) {
    int inImage = g.inputImageSize();
    Parallel.forRange(
        g.batch(),
        1,
        (from, to) -> {
          Arrays.fill(dx, from * inImage, to * inImage, 0f);
          for (int n = from; n < to; n++) {
            for (int oy = 0; oy < g.outH(); oy++) {
              for (int ox = 0; ox < g.outW(); ox++) {
                spreadWindow(g, dy, dx, n, oy, ox, 0);
              }
            }
          }
        });
  }

  /** Adds one output pixel's gradient, channels {@code cFrom ..}, to its window. */
  static void spreadWindow(
      PoolGeometry g, float[] dy, float[] dx, int n, int oy, int ox, int cFrom) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int x1 = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW());
    float scale = 1f / ((y1 - y0) * (x1 - x0));
    int out = ((n * g.outH() + oy) * g.outW() + ox) * ch;
    for (int iy = y0; iy < y1; iy++) {
      for (int ix = x0; ix < x1; ix++) {
        int in = n * g.inputImageSize() + (iy * g.inW() + ix) * ch;
        for (int c = cFrom; c < ch; c++) {
          dx[in + c] += dy[out + c] * scale;
        }
      }
    }
  }
}
