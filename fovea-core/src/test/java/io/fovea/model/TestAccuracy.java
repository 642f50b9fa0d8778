package io.fovea.model;

import io.fovea.metrics.Metric;
import io.fovea.tensor.Tensor;

/** Binary accuracy (threshold 0.5) for the model tests, independent of the real metrics. */
final class TestAccuracy implements Metric {

  private long right;
  private long seen;

  @Override
  public String name() {
    return "accuracy";
  }

  @Override
  public void reset() {
    right = 0;
    seen = 0;
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    float[] t = yTrue.toArray();
    float[] p = yPred.toArray();
    for (int i = 0; i < t.length; i++) {
      right += (p[i] > 0.5f) == (t[i] > 0.5f) ? 1 : 0;
    }
    seen += t.length;
  }

  @Override
  public double result() {
    return seen == 0 ? 0 : (double) right / seen;
  }
}
