package io.fovea.kernel;

import static io.fovea.kernel.VectorElementwise.L;
import static io.fovea.kernel.VectorElementwise.S;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;

/**
 * Vector API column reductions (bias gradient, per-channel mean and variance); agree with {@link
 * ScalarActivations}.
 *
 * <p>Each strip of {@code L} columns is summed down the rows in a float vector, flushed into double
 * accumulators every {@link #FLUSH} rows, so that long reductions (a convolution's bias gradient
 * sums {@code batch * height * width} rows) keep double accuracy. Strips are split over {@link
 * Parallel}; each column is summed by one thread in row order, so results do not depend on the
 * thread count. Columns beyond the last full strip are summed in scalar double.
 */
final class VectorStatistics {

  /** Rows summed in float before flushing into double. */
  static final int FLUSH = 256;

  private static final ThreadLocal<float[]> LANES = ThreadLocal.withInitial(() -> new float[L]);

  private VectorStatistics() {}

  static void biasGradient(int rows, int cols, float[] dy, float[] dBias) {
    if (cols < L) {
      ScalarActivations.biasGradient(rows, cols, dy, dBias);
      return;
    }
    double[] acc = ScalarActivations.scratch(cols);
    columnSums(rows, cols, dy, 0, null, acc);
    for (int c = 0; c < cols; c++) {
      dBias[c] += (float) acc[c];
    }
  }

  static void channelMeanVariance(
      int rows, int channels, float[] x, int xOff, float[] mean, float[] variance) {
    if (channels < L || rows == 0) {
      ScalarActivations.channelMeanVariance(rows, channels, x, xOff, mean, variance);
      return;
    }
    double[] acc = ScalarActivations.scratch(channels);
    columnSums(rows, channels, x, xOff, null, acc);
    for (int c = 0; c < channels; c++) {
      mean[c] = (float) (acc[c] / rows);
    }
    columnSums(rows, channels, x, xOff, mean, acc);
    for (int c = 0; c < channels; c++) {
      variance[c] = (float) (acc[c] / rows);
    }
  }

  /**
   * {@code acc[c] = sum over rows of x[r, c]}, or of {@code (x[r, c] - center[c])^2} when {@code
   * center} is not null.
   */
  private static void columnSums(
      int rows, int cols, float[] x, int xOff, float[] center, double[] acc) {
    Arrays.fill(acc, 0, cols, 0.0);
    int strips = cols / L;
    if (VectorElementwise.parallel((long) rows * cols)) {
      Parallel.forRange(
          strips, 1, (from, to) -> strips(from, to, rows, cols, x, xOff, center, acc));
    } else {
      strips(0, strips, rows, cols, x, xOff, center, acc);
    }
    for (int c = strips * L; c < cols; c++) {
      double s = 0;
      for (int r = 0; r < rows; r++) {
        double v = x[xOff + r * cols + c];
        if (center != null) {
          v = (v - center[c]) * (v - center[c]);
        }
        s += v;
      }
      acc[c] = s;
    }
  }

  private static void strips(
      int from, int to, int rows, int cols, float[] x, int xOff, float[] center, double[] acc) {
    float[] lanes = LANES.get();
    for (int s = from; s < to; s++) {
      strip(rows, cols, s * L, x, xOff, center, acc, lanes);
    }
  }

  private static void strip(
      int rows,
      int cols,
      int c0,
      float[] x,
      int xOff,
      float[] center,
      double[] acc,
      float[] lanes) {
    FloatVector mid = center == null ? null : FloatVector.fromArray(S, center, c0);
    for (int r0 = 0; r0 < rows; r0 += FLUSH) {
      int r1 = Math.min(rows, r0 + FLUSH);
      FloatVector sum = FloatVector.zero(S);
      if (mid == null) {
        for (int r = r0; r < r1; r++) {
          sum = sum.add(FloatVector.fromArray(S, x, xOff + r * cols + c0));
        }
      } else {
        for (int r = r0; r < r1; r++) {
          FloatVector d = FloatVector.fromArray(S, x, xOff + r * cols + c0).sub(mid);
          sum = d.fma(d, sum);
        }
      }
      sum.intoArray(lanes, 0);
      for (int l = 0; l < L; l++) {
        acc[c0 + l] += lanes[l];
      }
    }
  }
}
