package io.fovea.losses;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;

/** Label and probability helpers for the loss tests. */
final class LossTesting {

  private LossTesting() {}

  /** {@code rows} random one-hot rows of {@code classes}. */
  static Tensor oneHot(Rng rng, int rows, int classes) {
    Tensor t = Tensor.zeros(rows, classes);
    for (int r = 0; r < rows; r++) {
      t.set(1f, r, rng.nextInt(classes));
    }
    return t;
  }

  /** The softmax of each row of a rank-2 tensor, in double. */
  static Tensor softmax(Tensor logits) {
    int rows = logits.shape().dim(0);
    int cols = logits.shape().dim(1);
    Tensor out = Tensor.zeros(rows, cols);
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < cols; c++) {
        max = Math.max(max, logits.get(r, c));
      }
      double sum = 0;
      for (int c = 0; c < cols; c++) {
        sum += Math.exp(logits.get(r, c) - max);
      }
      for (int c = 0; c < cols; c++) {
        out.set((float) (Math.exp(logits.get(r, c) - max) / sum), r, c);
      }
    }
    return out;
  }
}
