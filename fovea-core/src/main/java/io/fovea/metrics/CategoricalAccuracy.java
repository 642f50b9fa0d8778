package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * The fraction of rows whose largest prediction is at the label's largest entry, Keras's {@code
 * categorical_accuracy}.
 *
 * <p>Per row: {@code [argmax(yPred) == argmax(yTrue)]}. Shapes: {@code yPred [batch, ...,
 * classes]}, {@code yTrue} the same (one-hot).
 */
public final class CategoricalAccuracy extends MeanMetric {

  /** Named {@code categorical_accuracy}. */
  public CategoricalAccuracy() {
    this("categorical_accuracy");
  }

  /** Reported under {@code name}. */
  public CategoricalAccuracy(String name) {
    super(name);
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    LabelShapes.checkOneHot(name(), yTrue.shape(), yPred.shape(), "sparse_categorical_accuracy");
    int classes = yPred.shape().dim(-1);
    int rows = classes == 0 ? 0 : yPred.size() / classes;
    long hits = 0;
    for (int r = 0; r < rows; r++) {
      if (Ops.argmax(yPred, r) == Ops.argmax(yTrue, r)) {
        hits++;
      }
    }
    add(hits, rows);
  }
}
