package io.fovea.losses;

import io.fovea.tensor.Tensor;

/**
 * What {@link CategoricalCrossentropy} and {@link SparseCategoricalCrossentropy} share: the {@code
 * fromLogits} switch, the softmax whose logits they can take, and the checks before the loss (the
 * mean over rows of {@code [batch, ..., classes]} of one row's cross-entropy, computed by {@link
 * io.fovea.tensor.Ops}).
 */
abstract class CategoricalLoss implements Loss {

  private final String name;
  private final boolean fromLogits;

  CategoricalLoss(String name, boolean fromLogits) {
    this.name = name;
    this.fromLogits = fromLogits;
  }

  @Override
  public final String name() {
    return name;
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

  /**
   * The mean cross-entropy of the rows of {@code yPred} (logits when {@code logits}), its gradient
   * written into {@code grad}; shapes already checked.
   */
  abstract double crossEntropy(Tensor yTrue, Tensor yPred, boolean logits, Tensor grad);

  private double run(Tensor yTrue, Tensor yPred, Tensor grad, boolean logits) {
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    return crossEntropy(yTrue, yPred, logits, grad);
  }

  @Override
  public String toString() {
    return name();
  }
}
