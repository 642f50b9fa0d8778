package io.fovea.losses;

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
    super(fromLogits);
  }

  @Override
  public String name() {
    return "sparse_categorical_crossentropy";
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkIndices(name(), yTrue, yPred, "categorical_crossentropy");
  }

  @Override
  int rows(Tensor yTrue, int predictions, int classes) {
    return yTrue.size();
  }

  @Override
  double row(
      Tensor yTrue,
      int r,
      Tensor yPred,
      Tensor grad,
      int off,
      int classes,
      double scale,
      boolean logits) {
    int label = label(yTrue, r, classes);
    return logits
        ? CrossEntropyRows.fromLogits(
            label,
            yPred.data(),
            yPred.offset() + off,
            grad.data(),
            grad.offset() + off,
            classes,
            scale)
        : CrossEntropyRows.fromProbabilities(
            label,
            yPred.data(),
            yPred.offset() + off,
            grad.data(),
            grad.offset() + off,
            classes,
            scale);
  }

  private int label(Tensor yTrue, int r, int classes) {
    float v = yTrue.data()[yTrue.offset() + r];
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
    return (int) v;
  }
}
