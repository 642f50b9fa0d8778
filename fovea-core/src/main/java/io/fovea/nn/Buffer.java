package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * A work tensor a layer keeps between training calls: allocated when the shape changes (a new batch
 * size), reused otherwise, so a steady training step allocates nothing large.
 *
 * <p>Inference ({@link #of(Shape, boolean)} with {@code training = false}) reuses a tensor of the
 * calling thread's own, so that several threads can run one model at once without sharing a buffer,
 * and a thread that predicts batch after batch allocates nothing large (a fresh tensor per call
 * cost the 220,234-parameter CNN 40% of its inference speed: docs/benchmarks.md). The price: each
 * thread that ran a layer keeps one output of its last batch size until the thread or the layer
 * goes, as the kernels keep their per-thread scratch.
 */
final class Buffer {

  private Tensor tensor;
  private final ThreadLocal<Tensor> perThread = new ThreadLocal<>();

  /** {@code [batch, ...perSample]}. */
  static Shape withBatch(int batch, Shape perSample) {
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = batch;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    return Shape.of(dims);
  }

  /**
   * In training, the reused buffer with {@code shape}; in inference, the calling thread's own one.
   * Either way its values are whatever the last user left, and it is valid until the next call of
   * the same layer on the same thread.
   */
  Tensor of(Shape shape, boolean training) {
    if (training) {
      return of(shape);
    }
    Tensor t = perThread.get();
    if (t == null || !t.shape().equals(shape)) {
      t = Tensor.zeros(shape);
      perThread.set(t);
    }
    return t;
  }

  /** The reused buffer with {@code shape}; its values are whatever the last user left. */
  Tensor of(Shape shape) {
    if (tensor == null || !tensor.shape().equals(shape)) {
      tensor = Tensor.zeros(shape);
    }
    return tensor;
  }
}
