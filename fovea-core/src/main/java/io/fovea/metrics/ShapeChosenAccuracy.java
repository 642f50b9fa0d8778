package io.fovea.metrics;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * {@code "accuracy"} when the loss does not say which accuracy is meant (e.g. mean squared error):
 * chosen from the shapes of the first batch as Keras 3 does. One output per sample means binary
 * accuracy; labels with fewer axes than the predictions, or a last axis of 1 against several
 * classes, mean sparse categorical accuracy; otherwise categorical accuracy.
 */
final class ShapeChosenAccuracy implements Metric {

  private final String name;
  private MeanMetric chosen;

  ShapeChosenAccuracy(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void reset() {
    if (chosen != null) {
      chosen.reset();
    }
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    if (chosen == null) {
      chosen = choose(yTrue.shape(), yPred.shape());
    }
    chosen.update(yTrue, yPred);
  }

  private MeanMetric choose(Shape yTrue, Shape yPred) {
    int predLast = yPred.rank() == 0 ? 1 : yPred.dim(-1);
    int trueLast = yTrue.rank() == 0 ? 1 : yTrue.dim(-1);
    if (yPred.rank() <= 1 || predLast == 1) {
      return new BinaryAccuracy(name);
    }
    if (yTrue.rank() < yPred.rank() || (trueLast == 1 && predLast > 1)) {
      return new SparseCategoricalAccuracy(name);
    }
    return new CategoricalAccuracy(name);
  }

  @Override
  public double result() {
    return chosen == null ? 0 : chosen.result();
  }

  @Override
  public String toString() {
    return name;
  }
}
