package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * A work tensor a layer keeps between training calls: allocated when the shape changes (a new batch
 * size), reused otherwise, so a steady training step allocates nothing large.
 *
 * <p>Only training reuses it. In inference a layer asks {@link #of(Shape, boolean)} with {@code
 * training = false} and gets a fresh tensor that nothing else holds, so that several threads can
 * run one model at once and inference keeps nothing alive (see {@link Layer}).
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

  /**
   * In training, the reused buffer with {@code shape} (its values are whatever the last user left);
   * in inference, a new tensor of zeros that this buffer does not keep.
   */
  Tensor of(Shape shape, boolean training) {
    return training ? of(shape) : Tensor.zeros(shape);
  }

  /** The reused buffer with {@code shape}; its values are whatever the last user left. */
  Tensor of(Shape shape) {
    if (tensor == null || !tensor.shape().equals(shape)) {
      tensor = Tensor.zeros(shape);
    }
    return tensor;
  }
}
