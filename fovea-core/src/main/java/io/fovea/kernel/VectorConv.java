package io.fovea.kernel;

import java.util.Arrays;

/**
 * Vector convolution passes: direct convolutions over a zero-padded copy of the input, falling back
 * to im2col + GEMM ({@link ScalarConv}) where the direct loops do not fit.
 *
 * <ul>
 *   <li>Forward: {@link VectorConvForward} whenever {@code outC > L / 2} (below that most lanes
 *       would idle and the GEMM path is used).
 *   <li>Input gradient, {@code inC > L / 2}: at stride 1 {@code dx = conv(pad(dy), W')} with {@code
 *       W'[ky, kx, o, c] = W[kh-1-ky, kw-1-kx, c, o]} (the kernel flipped and transposed) and
 *       padding {@code kh - 1 - padTop} before, the same forward loops; at larger strides a direct
 *       scatter ({@link VectorConvInputGrad}); otherwise {@code gemmNT + col2im}.
 *   <li>Kernel gradient, {@code outC} a multiple of {@code L}: {@link VectorConvKernelGrad};
 *       otherwise {@code im2col + gemmTN}.
 * </ul>
 *
 * <p>Padded copies are made a chunk of whole images at a time, at most {@link #PAD_LIMIT} floats
 * unless one image needs more, in scratch that belongs to the calling thread and grows once.
 */
final class VectorConv {

  /** Largest padded copy, in floats, unless a single image needs more. */
  static final int PAD_LIMIT = 1 << 22;

  private static final int L = VectorConvForward.L;

  /** Per-thread buffers, grown once: the padded images, the packed kernel and bias. */
  private static final class Scratch {
    float[] padded = new float[0];
    float[] kernel = new float[0];
    float[] bias = new float[0];
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private VectorConv() {}

  static void conv2d(
      Kernels k,
      ConvGeometry g,
      float[] x,
      int xOff,
      float[] kernel,
      float[] bias,
      float[] y,
      int yOff) {
    if (2 * g.outC() <= L) {
      ScalarConv.conv2d(k, g, x, xOff, kernel, bias, y, yOff);
      return;
    }
    Scratch s = SCRATCH.get();
    int ocp = roundUp(g.outC());
    s.kernel = grow(s.kernel, g.patchSize() * ocp);
    s.bias = grow(s.bias, ocp);
    packKernel(g.patchSize(), g.outC(), kernel, s.kernel, ocp);
    Arrays.fill(s.bias, 0, ocp, 0f);
    if (bias != null) {
      System.arraycopy(bias, 0, s.bias, 0, g.outC());
    }
    direct(g, x, xOff, s, ocp, y, yOff);
  }

  static void conv2dBackwardInput(
      Kernels k, ConvGeometry g, float[] dy, float[] kernel, float[] dx) {
    int padTop = g.kernelH() - 1 - g.padTop();
    int padLeft = g.kernelW() - 1 - g.padLeft();
    if (2 * g.inC() <= L || padTop < 0 || padLeft < 0) {
      ScalarConv.conv2dBackwardInput(k, g, dy, kernel, dx);
      return;
    }
    Scratch s = SCRATCH.get();
    int icp = roundUp(g.inC());
    s.kernel = grow(s.kernel, g.kernelSize() / g.inC() * icp);
    if (g.strideH() != 1 || g.strideW() != 1) {
      packTransposed(g, kernel, s.kernel, icp, false);
      scatter(g, dy, s, icp, dx);
      return;
    }
    ConvGeometry t =
        new ConvGeometry(
            g.batch(),
            g.outH(),
            g.outW(),
            g.outC(),
            g.kernelH(),
            g.kernelW(),
            g.inC(),
            1,
            1,
            padTop,
            padLeft,
            g.inH(),
            g.inW());
    s.bias = grow(s.bias, icp);
    packTransposed(g, kernel, s.kernel, icp, true);
    Arrays.fill(s.bias, 0, icp, 0f);
    direct(t, dy, 0, s, icp, dx, 0);
  }

  /** Strided input gradient, a chunk of images at a time. */
  private static void scatter(ConvGeometry g, float[] dy, Scratch s, int icp, float[] dx) {
    int ph = g.inH() + g.padTop() + g.padBottom();
    int pw = g.inW() + g.padLeft() + g.padRight();
    int chunk = imagesPerChunk(g, ph * pw * icp);
    s.padded = grow(s.padded, chunk * ph * pw * icp);
    for (int first = 0; first < g.batch(); first += chunk) {
      int count = Math.min(chunk, g.batch() - first);
      VectorConvInputGrad.run(g, dy, s.kernel, icp, s.padded, ph, pw, first, count, dx);
    }
  }

  static void conv2dBackwardKernel(
      Kernels k, ConvGeometry g, float[] x, int xOff, float[] dy, float[] dKernel, float[] dBias) {
    if (g.outC() % L != 0) {
      ScalarConv.conv2dBackwardKernel(k, g, x, xOff, dy, dKernel, dBias);
      return;
    }
    if (isUnpadded(g)) {
      VectorConvKernelGrad.run(g, x, xOff, g.inH(), g.inW(), dy, dKernel, 0, g.batch());
    } else {
      int ph = g.inH() + g.padTop() + g.padBottom();
      int pw = g.inW() + g.padLeft() + g.padRight();
      Scratch s = SCRATCH.get();
      int chunk = imagesPerChunk(g, ph * pw * g.inC());
      s.padded = grow(s.padded, chunk * ph * pw * g.inC());
      for (int first = 0; first < g.batch(); first += chunk) {
        int count = Math.min(chunk, g.batch() - first);
        pad(g, x, xOff, first, count, s.padded, ph, pw);
        VectorConvKernelGrad.run(g, s.padded, 0, ph, pw, dy, dKernel, first, count);
      }
    }
    if (dBias != null) {
      k.biasGradient(g.batch() * g.outPixels(), g.outC(), dy, dBias);
    }
  }

  /** Forward direct convolution of the whole batch, padding chunk by chunk when needed. */
  private static void direct(
      ConvGeometry g, float[] x, int xOff, Scratch s, int ocp, float[] y, int yOff) {
    if (isUnpadded(g)) {
      VectorConvForward.run(
          g, x, xOff, g.inH(), g.inW(), s.kernel, s.bias, ocp, y, yOff, 0, g.batch());
      return;
    }
    int ph = g.inH() + g.padTop() + g.padBottom();
    int pw = g.inW() + g.padLeft() + g.padRight();
    int chunk = imagesPerChunk(g, ph * pw * g.inC());
    s.padded = grow(s.padded, chunk * ph * pw * g.inC());
    for (int first = 0; first < g.batch(); first += chunk) {
      int count = Math.min(chunk, g.batch() - first);
      pad(g, x, xOff, first, count, s.padded, ph, pw);
      VectorConvForward.run(g, s.padded, 0, ph, pw, s.kernel, s.bias, ocp, y, yOff, first, count);
    }
  }

  private static boolean isUnpadded(ConvGeometry g) {
    return g.padTop() == 0 && g.padLeft() == 0 && g.padBottom() == 0 && g.padRight() == 0;
  }

  private static int imagesPerChunk(ConvGeometry g, int paddedImage) {
    return Math.max(1, Math.min(g.batch(), PAD_LIMIT / Math.max(1, paddedImage)));
  }

  /** Copies images {@code first ..} into {@code dst} as {@code [count, ph, pw, inC]}. */
  private static void pad(
      ConvGeometry g, float[] x, int xOff, int first, int count, float[] dst, int ph, int pw) {
    int inC = g.inC();
    int rowIn = g.inW() * inC;
    int before = g.padLeft() * inC;
    int rowOut = pw * inC;
    Parallel.forRange(
        count,
        1,
        (from, to) -> {
          for (int n = from; n < to; n++) {
            int src = xOff + (first + n) * g.inputImageSize();
            for (int py = 0; py < ph; py++) {
              int d = (n * ph + py) * rowOut;
              int iy = py - g.padTop();
              if (iy < 0 || iy >= g.inH()) {
                Arrays.fill(dst, d, d + rowOut, 0f);
                continue;
              }
              Arrays.fill(dst, d, d + before, 0f);
              System.arraycopy(x, src + iy * rowIn, dst, d + before, rowIn);
              Arrays.fill(dst, d + before + rowIn, d + rowOut, 0f);
            }
          }
        });
  }

  /** {@code kp[r, o] = kernel[r, o]} for {@code o < outC}, zero up to {@code ocp}. */
  private static void packKernel(int rows, int outC, float[] kernel, float[] kp, int ocp) {
    for (int r = 0; r < rows; r++) {
      System.arraycopy(kernel, r * outC, kp, r * ocp, outC);
      Arrays.fill(kp, r * ocp + outC, (r + 1) * ocp, 0f);
    }
  }

  /**
   * {@code kp[ky, kx, o, c] = kernel[ky, kx, c, o]}, or {@code kernel[kh-1-ky, kw-1-kx, c, o]} when
   * {@code flip}; rows padded with zeros to {@code icp}.
   */
  private static void packTransposed(
      ConvGeometry g, float[] kernel, float[] kp, int icp, boolean flip) {
    int kh = g.kernelH();
    int kw = g.kernelW();
    int inC = g.inC();
    int outC = g.outC();
    for (int ky = 0; ky < kh; ky++) {
      for (int kx = 0; kx < kw; kx++) {
        int tap = flip ? (kh - 1 - ky) * kw + (kw - 1 - kx) : ky * kw + kx;
        int from = tap * inC * outC;
        for (int o = 0; o < outC; o++) {
          int row = ((ky * kw + kx) * outC + o) * icp;
          for (int c = 0; c < inC; c++) {
            kp[row + c] = kernel[from + c * outC + o];
          }
          Arrays.fill(kp, row + inC, row + icp, 0f);
        }
      }
    }
  }

  private static int roundUp(int channels) {
    return (channels + L - 1) / L * L;
  }

  private static float[] grow(float[] a, int size) {
    return a.length >= size ? a : new float[size];
  }
}
