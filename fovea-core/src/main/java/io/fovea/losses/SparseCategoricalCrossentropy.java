package io.fovea.losses;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Sparse categorical cross-entropy, Keras's {@code sparse_categorical_crossentropy}: categorical
 * cross-entropy with integer class labels instead of one-hot rows.
 *
 * <p>Per row with label {@code k}: {@code -log(clip(p_k / sum(p), eps, 1 - eps))}, {@code eps =
 * 1e-7}; the loss is the mean over rows. From logits {@code z}: {@code logsumexp(z) - z_k}, with
 * {@code d loss / d z = (softmax(z) - onehot(k)) / rows}.
 *
 * <p>Shapes: {@code yPred [batch, ..., classes]}; {@code yTrue [batch, ...]} or {@code [batch, ...,
 * 1]} holding whole numbers in {@code [0, classes)} stored as floats (checked on every call).
 */
public final class SparseCategoricalCrossentropy extends CategoricalLoss {

  /** The loss of probabilities (the model ends with a softmax). */
  public SparseCategoricalCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an activation),
   * as Keras's {@code SparseCategoricalCrossentropy(from_logits=True)}.
   */
  public SparseCategoricalCrossentropy(boolean fromLogits) {
    super("sparse_categorical_crossentropy", fromLogits);
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkIndices(name(), yTrue, yPred, "categorical_crossentropy");
  }

  @Override
  double crossEntropy(Tensor yTrue, Tensor yPred, boolean logits, Tensor grad) {
    int classes = yPred.shape().dim(-1);
    for (int r = 0; r < yTrue.size(); r++) {
      requireLabel(yTrue.getFlat(r), r, classes);
    }
    return Ops.sparseCategoricalCrossentropy(
        yTrue, yPred, logits, BinaryCrossentropy.EPSILON, grad);
  }

  private void requireLabel(float v, int r, int classes) {
    if (!(v >= 0 && v < classes && v == Math.rint(v))) {
      throw new IllegalArgumentException(
          name()
              + ": expected integer labels in [0, "
              + classes
              + "), got "
              + v
              + " at index "
              + r
              + (classes == 1 ? ". A single output unit needs binary_crossentropy" : ""));
    }
  }
}
