package io.fovea.metrics;

import io.fovea.tensor.Tensor;

/**
 * Mean absolute error as a metric, Keras's {@code mean_absolute_error} ({@code mae}): per sample
 * {@code mean_j |yPred_j - yTrue_j|}, averaged over the samples of the epoch. Shapes as the loss:
 * {@code yPred [batch, ...]}, {@code yTrue} the same.
 */
public final class MeanAbsoluteError extends MeanMetric {

  /** Named {@code mean_absolute_error}. */
  public MeanAbsoluteError() {
    this("mean_absolute_error");
  }

  /** Reported under {@code name}. */
  public MeanAbsoluteError(String name) {
    super(name);
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    addMeanOfDifferences(yTrue, yPred, Math::abs);
  }
}
