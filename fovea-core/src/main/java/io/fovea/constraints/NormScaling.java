package io.fovea.constraints;

import io.fovea.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Scales each slice of a tensor by a factor of its L2 norm, the norm taken over the given axes
 * (Keras's {@code sqrt(sum(square(w), axis, keepdims=True))}): for Dense's kernel {@code [in,
 * units]} and axis 0, each unit's incoming weights form one slice. Norms are accumulated in double;
 * the loops run once per optimizer step over a layer's weights.
 */
final class NormScaling {

  /** Keras's {@code backend.epsilon()}, added to norms before dividing. */
  static final double EPSILON = 1e-7;

  private NormScaling() {}

  /**
   * {@code w *= factor(norm)} per slice.
   *
   * @throws IllegalArgumentException naming {@code where} when an axis is out of range
   */
  static void apply(String where, Tensor w, List<Integer> axes, DoubleUnaryOperator factor) {
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

  /** Checks and copies the axes of a constraint's record. */
  static List<Integer> axes(String where, List<Integer> axes) {
    if (axes == null || axes.isEmpty()) {
      throw new IllegalArgumentException(where + ": expected at least one axis, got " + axes);
    }
    return List.copyOf(axes);
  }

  /** Keras's config value: one int for a single axis, else the list. */
  static Object configAxis(List<Integer> axes) {
    return axes.size() == 1 ? axes.get(0) : axes;
  }
}
