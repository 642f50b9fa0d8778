package io.fovea.tensor;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The body of {@link Ops#scaleByNorm}: each slice of a tensor scaled by a factor of its L2 norm,
 * the norm taken over the given axes (Keras's {@code sqrt(sum(square(w), axis, keepdims=True))}),
 * accumulated in double.
 */
final class OpsNorms {

  private OpsNorms() {}

  /**
   * {@code w *= factor(norm)} per slice.
   *
   * @throws IllegalArgumentException naming {@code where} when an axis is out of range
   */
  static Tensor apply(String where, Tensor w, List<Integer> axes, DoubleUnaryOperator factor) {
    OpsChecks.present(where, "weights", w);
    OpsChecks.present(where, "axes", axes);
    int[] dims = w.shape().dims();
    boolean[] reduced = reducedAxes(where, dims, axes);
    int[] groupStride = new int[dims.length];
    int groups = 1;
    for (int k = dims.length - 1; k >= 0; k--) {
      if (!reduced[k]) {
        groupStride[k] = groups;
        groups *= dims[k];
      }
    }
    double[] norms = new double[groups];
    float[] a = w.data();
    int off = w.offset();
    int n = w.size();
    for (int i = 0; i < n; i++) {
      double v = a[off + i];
      norms[group(i, dims, groupStride)] += v * v;
    }
    for (int g = 0; g < groups; g++) {
      norms[g] = factor.applyAsDouble(Math.sqrt(norms[g]));
    }
    for (int i = 0; i < n; i++) {
      a[off + i] = (float) (a[off + i] * norms[group(i, dims, groupStride)]);
    }
    return w;
  }

  private static int group(int flat, int[] dims, int[] groupStride) {
    int g = 0;
    for (int k = dims.length - 1; k >= 0; k--) {
      g += (flat % dims[k]) * groupStride[k];
      flat /= dims[k];
    }
    return g;
  }

  private static boolean[] reducedAxes(String where, int[] dims, List<Integer> axes) {
    boolean[] reduced = new boolean[dims.length];
    for (int axis : axes) {
      int a = axis < 0 ? axis + dims.length : axis;
      if (a < 0 || a >= dims.length) {
        throw new IllegalArgumentException(
            where
                + ": expected axes in ["
                + -dims.length
                + ", "
                + dims.length
                + ") for weights of shape "
                + Arrays.toString(dims)
                + ", got axis "
                + axis);
      }
      reduced[a] = true;
    }
    return reduced;
  }
}
