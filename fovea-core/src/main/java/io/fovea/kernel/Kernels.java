package io.fovea.kernel;

/**
 * The hot loops of the library, over primitive {@code float[]} arrays.
 *
 * <p>Two implementations agree within float rounding: {@link ScalarKernels} (plain Java, the
 * specification) and {@code VectorKernels} (JDK Vector API). {@link #get()} returns the one chosen
 * once at start-up (see {@link KernelSelector}).
 *
 * <p>Contract for every method: arrays are row-major and dense; sizes and offsets are trusted
 * (checked only by {@code assert}); the caller validates shapes and allocates outputs. Each array
 * parameter is either <em>read</em> or <em>written</em>, as its documentation says; a written array
 * is overwritten unless the method says it accumulates. Kernels may keep reusable per-thread
 * scratch (packing panels, padded copies) that grows once and is then reused, so a steady training
 * step allocates nothing. Work is split over {@link Parallel}; results do not depend on the number
 * of threads beyond float rounding (1e-5 relative).
 */
public interface Kernels {

  /** The kernels chosen for this JVM. */
  static Kernels get() {
    return KernelSelector.selected();
  }

  /** {@code "vector"} or {@code "scalar"}. */
  String name();

  /** Floats per SIMD register used by the vector loops, 1 for the scalar kernels. */
  int lanes();

  // ---------------------------------------------------------------- matrix products

  /**
   * {@code C[m,n] (+)= A[m,k] * B[k,n]}.
   *
   * @param a read, {@code m * k} floats from {@code aOff}
   * @param b read, {@code k * n} floats from {@code bOff}
   * @param c written ({@code accumulate}: added to), {@code m * n} floats from {@code cOff}
   */
  void gemm(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate);

  /**
   * {@code C[m,n] (+)= A^T * B} where A is stored {@code [k, m]} (the weight gradient of a dense or
   * convolution layer: {@code x^T * dy}).
   *
   * @param a read, {@code k * m} floats from {@code aOff}
   * @param b read, {@code k * n} floats from {@code bOff}
   * @param c written ({@code accumulate}: added to), {@code m * n} floats from {@code cOff}
   */
  void gemmTN(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate);

  /**
   * {@code C[m,n] (+)= A * B^T} where B is stored {@code [n, k]} (the input gradient of a dense or
   * convolution layer: {@code dy * W^T}).
   *
   * @param a read, {@code m * k} floats from {@code aOff}
   * @param b read, {@code n * k} floats from {@code bOff}
   * @param c written ({@code accumulate}: added to), {@code m * n} floats from {@code cOff}
   */
  void gemmNT(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate);

  // ---------------------------------------------------------------- convolution

  /**
   * Unfolds images {@code first .. first + count - 1} into patches: row {@code (i - first) * outH *
   * outW + oy * outW + ox}, column {@code (ky * kernelW + kx) * inC + c}; padded positions are
   * zero.
   *
   * @param x read, the whole batch {@code [batch, inH, inW, inC]} from {@code xOff}
   * @param cols written, {@code count * outPixels * patchSize} floats
   */
  void im2col(ConvGeometry g, float[] x, int xOff, int first, int count, float[] cols);

  /**
   * The adjoint of {@link #im2col}: adds every patch entry back onto the pixel it came from.
   *
   * @param cols read, {@code count * outPixels * patchSize} floats
   * @param dx accumulated into, the whole batch {@code [batch, inH, inW, inC]} from {@code dxOff};
   *     images {@code first .. first + count - 1} are touched
   */
  void col2im(ConvGeometry g, float[] cols, int first, int count, float[] dx, int dxOff);

  /**
   * {@code y = conv(x, kernel) + bias} (cross-correlation, as Keras).
   *
   * @param x read, {@code [batch, inH, inW, inC]} from {@code xOff}
   * @param kernel read, {@code [kernelH, kernelW, inC, outC]}
   * @param bias read, {@code [outC]}, or null for none
   * @param y written, {@code [batch, outH, outW, outC]} from {@code yOff}
   */
  void conv2d(
      ConvGeometry g, float[] x, int xOff, float[] kernel, float[] bias, float[] y, int yOff);

  /**
   * Gradient with respect to the input: {@code dx = convTranspose(dy, kernel)}.
   *
   * @param dy read, {@code [batch, outH, outW, outC]}
   * @param kernel read, {@code [kernelH, kernelW, inC, outC]}
   * @param dx written, {@code [batch, inH, inW, inC]}
   */
  void conv2dBackwardInput(ConvGeometry g, float[] dy, float[] kernel, float[] dx);

  /**
   * Gradients with respect to the kernel and the bias, added to what they hold.
   *
   * @param x read, {@code [batch, inH, inW, inC]} from {@code xOff}
   * @param dy read, {@code [batch, outH, outW, outC]}
   * @param dKernel accumulated into, {@code [kernelH, kernelW, inC, outC]}
   * @param dBias accumulated into, {@code [outC]}, or null for none
   */
  void conv2dBackwardKernel(
      ConvGeometry g, float[] x, int xOff, float[] dy, float[] dKernel, float[] dBias);

  // ---------------------------------------------------------------- pooling

  /**
   * Max pooling.
   *
   * @param x read, {@code [batch, inH, inW, channels]} from {@code xOff}
   * @param y written, {@code [batch, outH, outW, channels]}
   * @param argmax written when not null: per output, the index into the batch (relative to {@code
   *     xOff}) of the winning input, for {@link #maxPoolBackward}
   */
  void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax);

  /**
   * Routes each output gradient to its winning input.
   *
   * @param dy read, {@code [batch, outH, outW, channels]}
   * @param argmax read, as written by {@link #maxPool}
   * @param dx written, {@code [batch, inH, inW, channels]}
   */
  void maxPoolBackward(PoolGeometry g, float[] dy, int[] argmax, float[] dx);

  /**
   * Average pooling; padded positions are not counted.
   *
   * @param x read, {@code [batch, inH, inW, channels]} from {@code xOff}
   * @param y written, {@code [batch, outH, outW, channels]}
   */
  void avgPool(PoolGeometry g, float[] x, int xOff, float[] y);

  /**
   * Spreads each output gradient evenly over the input positions its window counted.
   *
   * @param dy read, {@code [batch, outH, outW, channels]}
   * @param dx written, {@code [batch, inH, inW, channels]}
   */
  void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx);

  // ---------------------------------------------------------------- activations

  /**
   * {@code y[r, c] = act(x[r, c] + bias[c])}; {@code x} and {@code y} may be the same array.
   *
   * @param x read, {@code rows * cols} floats from {@code xOff}
   * @param bias read, {@code cols} floats, or null for none
   * @param y written, {@code rows * cols} floats from {@code yOff}
   */
  void biasActivation(
      int rows, int cols, float[] x, int xOff, float[] bias, Activation act, float[] y, int yOff);

  /**
   * {@code dx = dy * act'(y)}, the derivative taken from the forward output {@code y}; {@code dy}
   * and {@code dx} may be the same array.
   *
   * @param y read, {@code length} floats from {@code yOff}
   * @param dy read, {@code length} floats
   * @param dx written, {@code length} floats
   */
  void activationBackward(Activation act, int length, float[] y, int yOff, float[] dy, float[] dx);

  /**
   * {@code dBias[c] += sum over rows of dy[r, c]}.
   *
   * @param dy read, {@code rows * cols} floats
   * @param dBias accumulated into, {@code cols} floats
   */
  void biasGradient(int rows, int cols, float[] dy, float[] dBias);

  /**
   * Row-wise softmax, {@code y = exp(x - max) / sum(exp(x - max))}; {@code x} and {@code y} may be
   * the same array.
   *
   * @param x read, {@code rows * cols} floats from {@code xOff}
   * @param y written, {@code rows * cols} floats from {@code yOff}
   */
  void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff);

  /**
   * Row-wise softmax backward, {@code dx = y * (dy - sum(dy * y))}.
   *
   * @param y read, the forward output, {@code rows * cols} floats
   * @param dy read, {@code rows * cols} floats
   * @param dx written, {@code rows * cols} floats; may be {@code dy}
   */
  void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx);

  /**
   * Per-channel mean and biased variance of {@code rows} samples of {@code channels} values,
   * accumulated in double.
   *
   * @param x read, {@code rows * channels} floats from {@code xOff}
   * @param mean written, {@code channels} floats
   * @param variance written, {@code channels} floats
   */
  void channelMeanVariance(
      int rows, int channels, float[] x, int xOff, float[] mean, float[] variance);

  /**
   * Per-channel affine map {@code y[r, c] = x[r, c] * scale[c] + shift[c]} (batch normalisation);
   * {@code x} and {@code y} may be the same array.
   *
   * @param x read, {@code rows * channels} floats from {@code xOff}
   * @param scale read, {@code channels} floats
   * @param shift read, {@code channels} floats, or null for none
   * @param y written, {@code rows * channels} floats from {@code yOff}
   */
  void channelScaleShift(
      int rows,
      int channels,
      float[] x,
      int xOff,
      float[] scale,
      float[] shift,
      float[] y,
      int yOff);

  // ---------------------------------------------------------------- elementwise

  /** {@code out[i] = a[i] + b[i]}. a, b read; out written (may alias a or b). */
  void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff);

  /** {@code out[i] = a[i] - b[i]}. a, b read; out written (may alias a or b). */
  void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff);

  /** {@code out[i] = a[i] * b[i]}. a, b read; out written (may alias a or b). */
  void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff);

  /** {@code out[i] = a[i] / b[i]}. a, b read; out written (may alias a or b). */
  void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff);

  /** {@code out[i] = a[i] * scale + shift}. a read; out written (may alias a). */
  void scaleShift(int n, float[] a, int aOff, float scale, float shift, float[] out, int outOff);

  /** {@code y[i] += alpha * x[i]}. x read; y accumulated into. */
  void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff);

  /** Sum of {@code n} floats from {@code off}, accumulated in double. x read. */
  double sum(int n, float[] x, int off);

  /** Dot product accumulated in double. a, b read. */
  double dot(int n, float[] a, int aOff, float[] b, int bOff);

  /** Largest of {@code n >= 1} floats (NaN if any is NaN). x read. */
  float max(int n, float[] x, int off);
}
