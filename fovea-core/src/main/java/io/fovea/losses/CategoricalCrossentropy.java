package io.fovea.losses;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Categorical cross-entropy, Keras's {@code categorical_crossentropy}, for softmax outputs and
 * one-hot (or soft) labels.
 *
 * <p>Per row: {@code -sum_j y_j log(clip(p_j / sum(p), eps, 1 - eps))}, {@code eps = 1e-7}; the
 * loss is the mean over rows. From logits {@code z}: {@code sum_j y_j (logsumexp(z) - z_j)} with
 * {@code d loss / d z = (softmax(z) - y) / rows} for one-hot rows.
 *
 * <p>Shapes: {@code yPred [batch, ..., classes]}, {@code yTrue} the same. Integer labels {@code
 * [batch]} are rejected with a hint to {@link SparseCategoricalCrossentropy}.
 */
public final class CategoricalCrossentropy extends CategoricalLoss {

  /** The loss of probabilities (the model ends with a softmax). */
  public CategoricalCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an activation),
   * as Keras's {@code CategoricalCrossentropy(from_logits=True)}.
   */
  public CategoricalCrossentropy(boolean fromLogits) {
    super("categorical_crossentropy", fromLogits);
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkOneHot(name(), yTrue, yPred, "sparse_categorical_crossentropy");
  }

  @Override
  double crossEntropy(Tensor yTrue, Tensor yPred, boolean logits, Tensor grad) {
    return Ops.categoricalCrossentropy(yTrue, yPred, logits, BinaryCrossentropy.EPSILON, grad);
  }
}
