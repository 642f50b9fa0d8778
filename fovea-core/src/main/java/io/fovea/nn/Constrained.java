package io.fovea.nn;

/**
 * A layer whose weights carry constraints ({@code kernelConstraint}, {@code biasConstraint}),
 * Keras's {@code variable.constraint}.
 *
 * <p>The model calls {@link #applyConstraints()} on every such layer right after each optimizer
 * step, as Keras applies a variable's constraint after updating it; a frozen layer (not {@link
 * Layer#trainable()}) is left alone.
 */
public interface Constrained {

  /** Projects the constrained parameters in place; does nothing for those without one. */
  void applyConstraints();
}
