package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Tensor;

/**
 * Mean absolute error as a metric, Keras's {@code mean_absolute_error} ({@code mae}): per sample
 * {@code mean_j |yPred_j - yTrue_j|}, averaged over the samples of the epoch. Shapes as the
 * loss: {@code yPred [batch, ...]}, {@code yTrue} the same.
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
    LabelShapes.checkValues(name(), yTrue.shape(), yPred.shape());
    float[] t = yTrue.data();
    float[] p = yPred.data();
    int n = yPred.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double d = (double) p[yPred.offset() + i] - t[yTrue.offset() + i];
      sum += Math.abs(d);
    }
    int samples = yPred.rank() == 0 ? 1 : yPred.shape().dim(0);
    add(samples == 0 ? 0 : sum * samples / n, samples);
  }
}
