package io.fovea.losses;

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
public final class CategoricalCrossentropy implements Loss {

  private final boolean fromLogits;

  /** The loss of probabilities (the model ends with a softmax). */
  public CategoricalCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an
   * activation), as Keras's {@code CategoricalCrossentropy(from_logits=True)}.
   */
  public CategoricalCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  /** Whether {@link #compute} takes logits. */
  public boolean fromLogits() {
    return fromLogits;
  }

  @Override
  public String name() {
    return "categorical_crossentropy";
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkOneHot(name(), yTrue, yPred, "sparse_categorical_crossentropy");
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
    int rows = classes == 0 ? 0 : yPred.size() / classes;
    double scale = 1.0 / rows;
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      int off = r * classes;
      sum += logits
          ? CrossEntropyRows.fromLogits(yTrue.data(), yTrue.offset() + off, yPred.data(),
              yPred.offset() + off, grad.data(), grad.offset() + off, classes, scale)
          : CrossEntropyRows.fromProbabilities(yTrue.data(), yTrue.offset() + off,
              yPred.data(), yPred.offset() + off, grad.data(), grad.offset() + off, classes,
              scale);
    }
    return rows == 0 ? 0 : sum / rows;
  }

  @Override
  public String toString() {
    return name();
  }
}
