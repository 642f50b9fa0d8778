package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * A work tensor a layer keeps between calls: allocated when the shape changes (a new batch size),
 * reused otherwise, so a steady training step allocates nothing large.
 */
final class Buffer {

  private Tensor tensor;

  /** {@code [batch, ...perSample]}. */
  static Shape withBatch(int batch, Shape perSample) {
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = batch;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    return Shape.of(dims);
  }

  /** The buffer with {@code shape}; its values are whatever the last user left. */
  Tensor of(Shape shape) {
    if (tensor == null || !tensor.shape().equals(shape)) {
      tensor = Tensor.zeros(shape);
    }
    return tensor;
  }
}
