package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Work buffers that layers keep between calls: a buffer is replaced only when the batch size
 * changes, so a steady training step allocates nothing large.
 */
final class Buffers {

  private Buffers() {}

  /** {@code [batch, ...perSample]}. */
  static Shape withBatch(int batch, Shape perSample) {
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = batch;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    return Shape.of(dims);
  }

  /** {@code current} when it has {@code shape}, else a new zero tensor of that shape. */
  static Tensor reuse(Tensor current, Shape shape) {
    return current != null && current.shape().equals(shape) ? current : Tensor.zeros(shape);
  }

  /** The values of {@code t} in an array starting at index 0: its own, or {@code scratch}. */
  static float[] atZero(Tensor t, Tensor scratch) {
    if (t.offset() == 0) {
      return t.data();
    }
    System.arraycopy(t.data(), t.offset(), scratch.data(), 0, t.size());
    return scratch.data();
  }
}
