package io.fovea.losses;

import io.fovea.tensor.Tensor;

/**
 * What {@link CategoricalCrossentropy} and {@link SparseCategoricalCrossentropy} share: the {@code
 * fromLogits} switch, the softmax whose logits they can take, and the loss as the mean over rows of
 * {@code [batch, ..., classes]} of one row's cross-entropy, whose gradient is scaled by {@code 1 /
 * rows}.
 */
abstract class CategoricalLoss implements Loss {

  private final boolean fromLogits;

  CategoricalLoss(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  /** Whether {@link #compute} takes logits. */
  public boolean fromLogits() {
    return fromLogits;
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

  /** The number of rows for labels {@code yTrue} (already checked against the predictions). */
  abstract int rows(Tensor yTrue, int predictions, int classes);

  /**
   * The loss of row {@code r}, whose {@code classes} predictions and gradient start at {@code off};
   * writes the gradient times {@code scale}.
   */
  abstract double row(
      Tensor yTrue,
      int r,
      Tensor yPred,
      Tensor grad,
      int off,
      int classes,
      double scale,
      boolean logits);

  private double run(Tensor yTrue, Tensor yPred, Tensor grad, boolean logits) {
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    int classes = yPred.shape().dim(-1);
    int rows = rows(yTrue, yPred.size(), classes);
    double scale = 1.0 / rows;
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      sum += row(yTrue, r, yPred, grad, r * classes, classes, scale, logits);
    }
    return rows == 0 ? 0 : sum / rows;
  }

  @Override
  public String toString() {
    return name();
  }
}
