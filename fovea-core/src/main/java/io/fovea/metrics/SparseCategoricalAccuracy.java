package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * The fraction of rows whose largest prediction is at the integer label, Keras's {@code
 * sparse_categorical_accuracy}.
 *
 * <p>Per row: {@code [argmax(yPred) == yTrue]}. Shapes: {@code yPred [batch, ..., classes]}, {@code
 * yTrue [batch, ...]} or {@code [batch, ..., 1]} holding class indices as floats.
 */
public final class SparseCategoricalAccuracy extends MeanMetric {

  /** Named {@code sparse_categorical_accuracy}. */
  public SparseCategoricalAccuracy() {
    this("sparse_categorical_accuracy");
  }

  /** Reported under {@code name}. */
  public SparseCategoricalAccuracy(String name) {
    super(name);
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    LabelShapes.checkIndices(name(), yTrue.shape(), yPred.shape(), "categorical_accuracy");
    int rows = yTrue.size();
    long hits = 0;
    for (int r = 0; r < rows; r++) {
      if (Ops.argmax(yPred, r) == yTrue.getFlat(r)) {
        hits++;
      }
    }
    add(hits, rows);
  }
}
