package io.fovea.kernel;

import java.util.Arrays;

/**
 * Plain-Java activations, softmax and per-channel statistics; see {@link Kernels#biasActivation}
 * and its neighbours.
 *
 * <p>The specification the vector loops must agree with. Exponentials use {@link Math#exp}; sums
 * over rows or columns are accumulated in double.
 */
final class ScalarActivations {

  /** Per-thread double accumulators, grown once, so that no call allocates when warm. */
  private static final ThreadLocal<double[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new double[][] {new double[0]});

  private ScalarActivations() {}

  /** {@code act(v)} for one value, the reference for every path. */
  static float apply(Activation act, float v) {
    switch (act) {
      case RELU:
        return Math.max(v, 0f);
      case SIGMOID:
        // exp(-v) overflows to +inf for v < -88, and 1 / (1 + inf) is the correct limit 0.
        return (float) (1.0 / (1.0 + Math.exp(-v)));
      case TANH:
        return (float) Math.tanh(v);
      default:
        return v;
    }
  }

  /** {@code act'} expressed through the forward output {@code y}. */
  static float derivative(Activation act, float y) {
    switch (act) {
      case RELU:
        return y > 0f ? 1f : 0f;
      case SIGMOID:
        return y * (1f - y);
      case TANH:
        return 1f - y * y;
      default:
        return 1f;
    }
  }

  static void biasActivation(
      int rows, int cols, float[] x, int xOff, float[] bias, Activation act, float[] y, int yOff) {
    for (int r = 0; r < rows; r++) {
      int xi = xOff + r * cols;
      int yi = yOff + r * cols;
      for (int c = 0; c < cols; c++) {
        float v = bias == null ? x[xi + c] : x[xi + c] + bias[c];
        y[yi + c] = apply(act, v);
      }
    }
  }

  static void activationBackward(
      Activation act, int length, float[] y, int yOff, float[] dy, float[] dx) {
    for (int i = 0; i < length; i++) {
      dx[i] = dy[i] * derivative(act, y[yOff + i]);
    }
  }

  static void biasGradient(int rows, int cols, float[] dy, float[] dBias) {
    double[] acc = scratch(cols);
    Arrays.fill(acc, 0, cols, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = r * cols;
      for (int c = 0; c < cols; c++) {
        acc[c] += dy[row + c];
      }
    }
    for (int c = 0; c < cols; c++) {
      dBias[c] += (float) acc[c];
    }
  }

  static void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    for (int r = 0; r < rows; r++) {
      softmaxRow(cols, x, xOff + r * cols, y, yOff + r * cols);
    }
  }

  /** One row: subtracting the row max keeps every exponent <= 0, so nothing overflows. */
  static void softmaxRow(int cols, float[] x, int xi, float[] y, int yi) {
    if (cols == 0) {
      return;
    }
    float max = ScalarElementwise.max(cols, x, xi);
    double sum = 0;
    for (int c = 0; c < cols; c++) {
      float e = (float) Math.exp(x[xi + c] - max);
      y[yi + c] = e;
      sum += e;
    }
    float inv = (float) (1.0 / sum);
    for (int c = 0; c < cols; c++) {
      y[yi + c] *= inv;
    }
  }

  static void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx) {
    for (int r = 0; r < rows; r++) {
      int row = r * cols;
      float s = (float) ScalarElementwise.dot(cols, dy, row, y, row);
      for (int c = 0; c < cols; c++) {
        dx[row + c] = y[row + c] * (dy[row + c] - s);
      }
    }
  }

  /** Two passes (mean, then squared deviations), which avoids E[x^2] - E[x]^2 cancellation. */
  static void channelMeanVariance(
      int rows, int channels, float[] x, int xOff, float[] mean, float[] variance) {
    double[] acc = scratch(channels);
    Arrays.fill(acc, 0, channels, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = xOff + r * channels;
      for (int c = 0; c < channels; c++) {
        acc[c] += x[row + c];
      }
    }
    for (int c = 0; c < channels; c++) {
      mean[c] = rows == 0 ? 0f : (float) (acc[c] / rows);
    }
    Arrays.fill(acc, 0, channels, 0.0);
    for (int r = 0; r < rows; r++) {
      int row = xOff + r * channels;
      for (int c = 0; c < channels; c++) {
        double d = x[row + c] - (double) mean[c];
        acc[c] += d * d;
      }
    }
    for (int c = 0; c < channels; c++) {
      variance[c] = rows == 0 ? 0f : (float) (acc[c] / rows);
    }
  }

  /**
   * This thread's double scratch of at least {@code n} entries, shared by every kernel that needs
   * one: a caller must not hold it across a call to another kernel.
   */
  static double[] scratch(int n) {
    double[][] holder = SCRATCH.get();
    if (holder[0].length < n) {
      holder[0] = new double[n];
    }
    return holder[0];
  }
}
