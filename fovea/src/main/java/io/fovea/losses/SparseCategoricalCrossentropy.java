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
 * <p>Shapes: {@code yPred [batch, ..., classes]}; {@code yTrue [batch, ...]} or {@code [batch,
 * ..., 1]} holding whole numbers in {@code [0, classes)} stored as floats (checked on every
 * call).
 */
public final class SparseCategoricalCrossentropy implements Loss {

  private final boolean fromLogits;

  /** The loss of probabilities (the model ends with a softmax). */
  public SparseCategoricalCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an
   * activation), as Keras's {@code SparseCategoricalCrossentropy(from_logits=True)}.
   */
  public SparseCategoricalCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  /** Whether {@link #compute} takes logits. */
  public boolean fromLogits() {
    return fromLogits;
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
  public String logitsActivation() {
    return fromLogits ? null : "softmax";
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    return run(yTrue, yPred, grad, fromLogits);
  }

  @Override
  public double computeFromLogits(Tensor yTrue, Tensor logits, Tensor grad) {
    return run(yTrue, logits, grad, true);
  }

  private double run(Tensor yTrue, Tensor yPred, Tensor grad, boolean logits) {
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    int classes = yPred.shape().dim(-1);
    int rows = yTrue.size();
    double scale = 1.0 / rows;
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      int label = label(yTrue, r, classes);
      int off = r * classes;
      sum += logits
          ? CrossEntropyRows.fromLogits(label, yPred.data(), yPred.offset() + off, grad.data(),
              grad.offset() + off, classes, scale)
          : CrossEntropyRows.fromProbabilities(label, yPred.data(), yPred.offset() + off,
              grad.data(), grad.offset() + off, classes, scale);
    }
    return rows == 0 ? 0 : sum / rows;
  }

  private int label(Tensor yTrue, int r, int classes) {
    float v = yTrue.data()[yTrue.offset() + r];
    if (!(v >= 0 && v < classes && v == Math.rint(v))) {
      throw new IllegalArgumentException(name() + ": expected integer labels in [0, " + classes
          + "), got " + v + " at index " + r
          + (classes == 1 ? ". A single output unit needs binary_crossentropy" : ""));
    }
    return (int) v;
  }

  @Override
  public String toString() {
    return name();
  }
}
