package io.fovea.metrics;

import io.fovea.tensor.Tensor;

/**
 * Mean squared error as a metric, Keras's {@code mean_squared_error} ({@code mse}): per sample
 * {@code mean_j (yPred_j - yTrue_j)^2}, averaged over the samples of the epoch. Shapes as the loss:
 * {@code yPred [batch, ...]}, {@code yTrue} the same.
 */
public final class MeanSquaredError extends MeanMetric {

  /** Named {@code mean_squared_error}. */
  public MeanSquaredError() {
    this("mean_squared_error");
  }

  /** Reported under {@code name}. */
  public MeanSquaredError(String name) {
    super(name);
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    addMeanOfDifferences(yTrue, yPred, d -> d * d);
  }
}
