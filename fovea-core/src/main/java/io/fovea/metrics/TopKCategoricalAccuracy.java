package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * The fraction of rows whose labelled class is among the {@code k} largest predictions, Keras's
 * {@code top_k_categorical_accuracy} ({@code k = 5} by default).
 *
 * <p>Per row: {@code [argmax(yTrue) in top_k(yPred)]}, ties at the boundary counting as in. Shapes:
 * {@code yPred [batch, ..., classes]}, {@code yTrue} the same (one-hot).
 */
public final class TopKCategoricalAccuracy extends MeanMetric {

  private final int k;

  /** Named {@code top_k_categorical_accuracy}, {@code k = 5}. */
  public TopKCategoricalAccuracy() {
    this("top_k_categorical_accuracy", 5);
  }

  /** Reported under {@code name}, with {@code k >= 1}. */
  public TopKCategoricalAccuracy(String name, int k) {
    super(name);
    if (k < 1) {
      throw new IllegalArgumentException(name + ": expected k >= 1, got " + k);
    }
    this.k = k;
  }

  @Override
  public void update(Tensor yTrue, Tensor yPred) {
    LabelShapes.checkOneHot(name(), yTrue.shape(), yPred.shape(), "sparse_categorical_accuracy");
    int classes = yPred.shape().dim(-1);
    int rows = classes == 0 ? 0 : yPred.size() / classes;
    long hits = 0;
    for (int r = 0; r < rows; r++) {
      if (Ops.inTopK(yPred, r, Ops.argmax(yTrue, r), k)) {
        hits++;
      }
    }
    add(hits, rows);
  }
}
