package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Tensor;

/**
 * Mean squared error as a metric, Keras's {@code mean_squared_error} ({@code mse}): per sample
 * {@code mean_j (yPred_j - yTrue_j)^2}, averaged over the samples of the epoch. Shapes as the
 * loss: {@code yPred [batch, ...]}, {@code yTrue} the same.
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
    LabelShapes.checkValues(name(), yTrue.shape(), yPred.shape());
    float[] t = yTrue.data();
    float[] p = yPred.data();
    int n = yPred.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double d = (double) p[yPred.offset() + i] - t[yTrue.offset() + i];
      sum += d * d;
    }
    int samples = yPred.rank() == 0 ? 1 : yPred.shape().dim(0);
    add(samples == 0 ? 0 : sum * samples / n, samples);
  }
}
