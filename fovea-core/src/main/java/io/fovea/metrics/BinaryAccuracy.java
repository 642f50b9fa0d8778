package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * The fraction of sigmoid outputs on the right side of a threshold, Keras's {@code
 * binary_accuracy}.
 *
 * <p>Per sample: {@code mean_j [ (yPred_j > threshold ? 1 : 0) == yTrue_j ]} over its outputs;
 * {@code threshold = 0.5} by default. Shapes: {@code yPred [batch, ...]}, {@code yTrue} the same (a
 * trailing axis of size 1 may be missing), holding 0 or 1.
 */
public final class BinaryAccuracy extends MeanMetric {

  private final float threshold;

  /** Keras's default: named {@code binary_accuracy}, threshold 0.5. */
  public BinaryAccuracy() {
    this("binary_accuracy");
  }

  /** Threshold 0.5, reported under {@code name}. */
  public BinaryAccuracy(String name) {
    this(name, 0.5f);
  }

  /** Reported under {@code name}, counting {@code yPred > threshold} as 1. */
  public BinaryAccuracy(String name, float threshold) {
    super(name);
    this.threshold = threshold;
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    LabelShapes.checkValues(name(), yTrue.shape(), yPred.shape());
    int n = yPred.size();
    // A count of 0/1 terms, exact in double.
    double hits = Ops.sumOfPairs(yTrue, yPred, (t, p) -> (p > threshold ? 1f : 0f) == t ? 1 : 0);
    int samples = yPred.rank() == 0 ? 1 : yPred.shape().dim(0);
    add(samples == 0 ? 0 : (double) hits * samples / n, samples);
  }
}
