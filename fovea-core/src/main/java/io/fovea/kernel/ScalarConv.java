package io.fovea.kernel;

import java.util.Arrays;

/**
 * Plain-Java convolution, the specification; see {@link Kernels#conv2d}.
 *
 * <p>Every pass is im2col + a matrix product from the {@link Kernels} instance passed in: with
 * {@code cols [rows, patchSize]} the unfolded input of a chunk of images, {@code rows = images *
 * outH * outW}, and {@code W [patchSize, outC]} the kernel as Keras stores it,
 *
 * <pre>
 *   y        = cols * W + bias          (gemm)
 *   dcols    = dy * W^T, dx = col2im    (gemmNT, col2im)
 *   dW      += cols^T * dy              (gemmTN)
 *   dbias   += column sums of dy
 * </pre>
 *
 * The batch is processed in chunks of whole images so that the unfolded matrix stays below {@link
 * #COLS_LIMIT} floats (one image at least); the chunks do not depend on the thread count.
 */
final class ScalarConv {

  /** Largest im2col buffer, in floats, unless a single image needs more. */
  static final int COLS_LIMIT = 1 << 22;

  private static final ThreadLocal<float[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new float[1][0]);

  private ScalarConv() {}

  static void im2col(ConvGeometry g, float[] x, int xOff, int first, int count, float[] cols) {
    int inC = g.inC();
    int patch = g.patchSize();
    int row = 0;
    for (int i = first; i < first + count; i++) {
      int image = xOff + i * g.inputImageSize();
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++, row++) {
          int col = row * patch;
          for (int ky = 0; ky < g.kernelH(); ky++) {
            int iy = oy * g.strideH() - g.padTop() + ky;
            for (int kx = 0; kx < g.kernelW(); kx++, col += inC) {
              int ix = ox * g.strideW() - g.padLeft() + kx;
              if (iy < 0 || iy >= g.inH() || ix < 0 || ix >= g.inW()) {
                Arrays.fill(cols, col, col + inC, 0f);
              } else {
                System.arraycopy(x, image + (iy * g.inW() + ix) * inC, cols, col, inC);
              }
            }
          }
        }
      }
    }
  }

  static void col2im(ConvGeometry g, float[] cols, int first, int count, float[] dx, int dxOff) {
    int inC = g.inC();
    int patch = g.patchSize();
    int row = 0;
    for (int i = first; i < first + count; i++) {
      int image = dxOff + i * g.inputImageSize();
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++, row++) {
          int col = row * patch;
          for (int ky = 0; ky < g.kernelH(); ky++) {
            int iy = oy * g.strideH() - g.padTop() + ky;
            for (int kx = 0; kx < g.kernelW(); kx++, col += inC) {
              int ix = ox * g.strideW() - g.padLeft() + kx;
              if (iy >= 0 && iy < g.inH() && ix >= 0 && ix < g.inW()) {
                int d = image + (iy * g.inW() + ix) * inC;
                for (int c = 0; c < inC; c++) {
                  dx[d + c] += cols[col + c];
                }
              }
            }
          }
        }
      }
    }
  }

  static void conv2d(
      Kernels k,
      ConvGeometry g,
      float[] x,
      int xOff,
      float[] kernel,
      float[] bias,
      float[] y,
      int yOff) {
    int chunk = imagesPerChunk(g);
    int outImage = g.outputImageSize();
    for (int first = 0; first < g.batch(); first += chunk) {
      int count = Math.min(chunk, g.batch() - first);
      int rows = count * g.outPixels();
      int yAt = yOff + first * outImage;
      if (isPointwise(g)) {
        // A 1x1 stride-1 unpadded convolution is already a matrix product over the pixels.
        k.gemm(
            rows,
            g.outC(),
            g.inC(),
            x,
            xOff + first * g.inputImageSize(),
            kernel,
            0,
            y,
            yAt,
            false);
      } else {
        float[] cols = scratch(rows * g.patchSize());
        k.im2col(g, x, xOff, first, count, cols);
        k.gemm(rows, g.outC(), g.patchSize(), cols, 0, kernel, 0, y, yAt, false);
      }
      if (bias != null) {
        addBias(rows, g.outC(), bias, y, yAt);
      }
    }
  }

  static void conv2dBackwardInput(
      Kernels k, ConvGeometry g, float[] dy, float[] kernel, float[] dx) {
    int chunk = imagesPerChunk(g);
    int inImage = g.inputImageSize();
    for (int first = 0; first < g.batch(); first += chunk) {
      int count = Math.min(chunk, g.batch() - first);
      int rows = count * g.outPixels();
      int dyAt = first * g.outputImageSize();
      if (isPointwise(g)) {
        k.gemmNT(rows, g.inC(), g.outC(), dy, dyAt, kernel, 0, dx, first * inImage, false);
      } else {
        float[] cols = scratch(rows * g.patchSize());
        k.gemmNT(rows, g.patchSize(), g.outC(), dy, dyAt, kernel, 0, cols, 0, false);
        Arrays.fill(dx, first * inImage, (first + count) * inImage, 0f);
        k.col2im(g, cols, first, count, dx, 0);
      }
    }
  }

  static void conv2dBackwardKernel(
      Kernels k, ConvGeometry g, float[] x, int xOff, float[] dy, float[] dKernel, float[] dBias) {
    int chunk = imagesPerChunk(g);
    for (int first = 0; first < g.batch(); first += chunk) {
      int count = Math.min(chunk, g.batch() - first);
      int rows = count * g.outPixels();
      int dyAt = first * g.outputImageSize();
      if (isPointwise(g)) {
        k.gemmTN(
            g.inC(),
            g.outC(),
            rows,
            x,
            xOff + first * g.inputImageSize(),
            dy,
            dyAt,
            dKernel,
            0,
            true);
      } else {
        float[] cols = scratch(rows * g.patchSize());
        k.im2col(g, x, xOff, first, count, cols);
        k.gemmTN(g.patchSize(), g.outC(), rows, cols, 0, dy, dyAt, dKernel, 0, true);
      }
    }
    if (dBias != null) {
      k.biasGradient(g.batch() * g.outPixels(), g.outC(), dy, dBias);
    }
  }

  /** Whole images per im2col chunk, at least one. */
  static int imagesPerChunk(ConvGeometry g) {
    long perImage = (long) g.outPixels() * g.patchSize();
    return (int) Math.max(1, Math.min(Math.max(g.batch(), 1), COLS_LIMIT / Math.max(1, perImage)));
  }

  /** True when the patches are the input pixels themselves. */
  static boolean isPointwise(ConvGeometry g) {
    return g.kernelH() == 1
        && g.kernelW() == 1
        && g.strideH() == 1
        && g.strideW() == 1
        && g.padTop() == 0
        && g.padLeft() == 0
        && g.outH() == g.inH()
        && g.outW() == g.inW();
  }

  private static void addBias(int rows, int cols, float[] bias, float[] y, int yOff) {
    for (int r = 0; r < rows; r++) {
      int at = yOff + r * cols;
      for (int c = 0; c < cols; c++) {
        y[at + c] += bias[c];
      }
    }
  }

  private static float[] scratch(int size) {
    float[][] holder = SCRATCH.get();
    if (holder[0].length < size) {
      holder[0] = new float[size];
    }
    return holder[0];
  }
}
