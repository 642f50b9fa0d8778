package io.fovea.nn;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;

/**
 * A weight tensor of a layer with the gradient accumulated for it, named as Keras names it ({@code
 * kernel}, {@code bias}, {@code gamma}, {@code beta}, {@code moving_mean}, {@code
 * moving_variance}).
 *
 * <p>A non-trainable parameter (batch normalisation's moving statistics) is updated by its layer,
 * never by an optimiser, and counts as "Non-trainable params" in the summary.
 */
public final class Parameter {

  private final String name;
  private final Tensor value;
  private final Tensor gradient;
  private final boolean trainable;

  /** A parameter holding {@code value} (not copied), with a zero gradient of the same shape. */
  public Parameter(String name, Tensor value, boolean trainable) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Parameter: expected a name, got '" + name + "'");
    }
    this.name = name;
    this.value = value;
    this.gradient = Tensor.zeros(value.shape());
    this.trainable = trainable;
  }

  /** The Keras name, e.g. {@code kernel}. */
  public String name() {
    return name;
  }

  /** The values; the optimiser updates them in place. */
  public Tensor value() {
    return value;
  }

  /** The gradient of the loss, summed since the last {@link #zeroGradient()}. */
  public Tensor gradient() {
    return gradient;
  }

  /** Whether an optimiser may change it (the layer's own flag aside). */
  public boolean trainable() {
    return trainable;
  }

  /** The shape of the values. */
  public Shape shape() {
    return value.shape();
  }

  /** The number of values. */
  public int size() {
    return value.size();
  }

  /** Sets the gradient to zero, before a new batch. */
  public void zeroGradient() {
    gradient.fill(0f);
  }

  /**
   * Copies {@code newValue} into this parameter.
   *
   * @throws ShapeMismatchException naming {@code where} and the parameter when shapes differ
   */
  public void assign(String where, Tensor newValue) {
    if (!newValue.shape().equals(value.shape())) {
      throw new ShapeMismatchException(
          where + " weight '" + name + "'", value.shape(), newValue.shape());
    }
    Ops.copy(newValue, value);
  }
}
