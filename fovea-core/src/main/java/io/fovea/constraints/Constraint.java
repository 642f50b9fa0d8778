package io.fovea.constraints;

import io.fovea.tensor.Tensor;
import java.util.Map;

/**
 * A projection applied to a weight tensor in place after each optimizer step, as Keras applies a
 * variable's constraint after updating it (e.g. {@code kernelConstraint(Constraints.maxNorm(3))}).
 * Get one by name with {@link Constraints#get}.
 *
 * <p>Implementations are records, so equal settings compare equal in layer configurations.
 */
public interface Constraint {

  /** The Keras name, e.g. {@code "max_norm"}. */
  String name();

  /** The Keras class name, e.g. {@code "MaxNorm"}. */
  String className();

  /** The Keras configuration, e.g. {@code {max_value=3.0, axis=0}}. */
  Map<String, Object> config();

  /**
   * Projects {@code w} in place.
   *
   * @throws IllegalArgumentException when an axis does not exist in {@code w}
   */
  void apply(Tensor w);
}
