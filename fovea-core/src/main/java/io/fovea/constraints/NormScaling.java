package io.fovea.constraints;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
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
    Ops.scaleByNorm(where, w, axes, factor);
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
