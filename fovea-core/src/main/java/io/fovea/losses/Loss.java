package io.fovea.losses;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * A training objective: the mean over the batch of a per-sample loss, with its gradient.
 *
 * <p>{@code yTrue} holds the labels (one-hot or values with the predictions' shape, or integer
 * class indices {@code [batch]} / {@code [batch, 1]} for the sparse loss), {@code yPred} the
 * predictions {@code [batch, ...]}. Values and gradients follow Keras (e.g. mean squared error
 * averages over the last axis, then over the batch).
 */
public interface Loss {

  /** The Keras name, e.g. {@code "categorical_crossentropy"}. */
  String name();

  /**
   * Checks that labels of shape {@code yTrue} fit predictions of shape {@code yPred}.
   *
   * @throws IllegalArgumentException naming the loss and both shapes, with a hint (e.g. use
   *     sparse_categorical_crossentropy for integer labels)
   */
  void checkLabels(Shape yTrue, Shape yPred);

  /**
   * The mean loss over the batch; writes {@code d loss / d yPred} into {@code grad} (same shape as
   * {@code yPred}).
   */
  double compute(Tensor yTrue, Tensor yPred, Tensor grad);

  /**
   * The activation whose pre-activation values (logits) this loss can take directly, {@code
   * "softmax"} or {@code "sigmoid"}, or null when it cannot.
   */
  default String logitsActivation() {
    return null;
  }

  /**
   * The same loss computed from the logits of {@link #logitsActivation()}, stably; writes {@code d
   * loss / d logits} into {@code grad}.
   */
  default double computeFromLogits(Tensor yTrue, Tensor logits, Tensor grad) {
    throw new UnsupportedOperationException(name() + " cannot be computed from logits");
  }
}
