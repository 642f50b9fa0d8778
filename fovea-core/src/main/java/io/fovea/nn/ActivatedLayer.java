package io.fovea.nn;

import io.fovea.tensor.Tensor;

/**
 * A layer that ends with an activation ({@code Dense}, {@code Conv2D}, {@code Activation}).
 *
 * <p>When such a layer ends the model with {@code softmax} or {@code sigmoid} and the loss is a
 * cross-entropy, the model computes the loss from the layer's logits (its output before the
 * activation), which is stable where the probabilities round to 0 or 1 (as Keras does), and sends
 * the gradient with respect to the logits back through {@link #backwardFromLogits}.
 */
public interface ActivatedLayer {

  /** The Keras name of the activation, e.g. {@code "softmax"}. */
  String activationName();

  /** The output before the activation, from the last forward pass in training mode. */
  Tensor logits();

  /**
   * Backward pass that starts below the activation: {@code dLogits} is the gradient with respect to
   * {@link #logits()}; returns the gradient with respect to the layer's input and adds to its
   * parameters' gradients.
   */
  Tensor backwardFromLogits(Tensor dLogits);
}
