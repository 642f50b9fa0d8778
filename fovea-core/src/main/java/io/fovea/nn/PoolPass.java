package io.fovea.nn;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * The arithmetic of a pooling layer ({@link MaxPooling2D}, {@link AveragePooling2D} and their
 * global forms): {@code y = pool(x)} over the windows of a {@link SlidingWindow}, and {@code dx =
 * unpool(dy)}. Keeps the window and batch size of the last training forward pass (and, for max
 * pooling, the winning positions), and reuses its buffers while the batch size stays the same; an
 * inference pass writes into the thread's own output, records no winners and keeps nothing else, so
 * that threads may share the layer.
 */
abstract class PoolPass {

  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private SlidingWindow window;
  private int batch = -1;

  /** Max pooling: the gradient goes to the first maximum of each window. */
  static PoolPass max() {
    return new PoolPass() {
      private int[] argmax;

      @Override
      void pool(SlidingWindow w, Tensor x, Tensor y, boolean training) {
        // The positions are needed by backward only: inference records none.
        int[] winners = training ? LayerSupport.reuse(argmax, y.size()) : null;
        Ops.maxPool(x, w, y, winners);
        if (training) {
          argmax = winners;
        }
      }

      @Override
      void unpool(SlidingWindow w, Tensor dy, Tensor dx) {
        Ops.maxPoolBackward(dy, argmax, w, dx);
      }
    };
  }

  /** Average pooling: the gradient is spread evenly over the positions averaged. */
  static PoolPass average() {
    return new PoolPass() {
      @Override
      void pool(SlidingWindow w, Tensor x, Tensor y, boolean training) {
        Ops.averagePool(x, w, y);
      }

      @Override
      void unpool(SlidingWindow w, Tensor dy, Tensor dx) {
        Ops.averagePoolBackward(dy, w, dx);
      }
    };
  }

  /**
   * Pools {@code x} into {@code y} (both in batch layout), keeping what backward needs in training.
   */
  abstract void pool(SlidingWindow w, Tensor x, Tensor y, boolean training);

  /** Writes the input gradient {@code dx} from {@code dy}. */
  abstract void unpool(SlidingWindow w, Tensor dy, Tensor dx);

  /**
   * Pools {@code x} into an output of {@code outShape} (with the batch axis), viewed as {@code
   * outShape4d} (the global poolings drop the spatial axes of size 1).
   */
  Tensor forward(SlidingWindow w, Tensor x, Shape outShape, Shape outShape4d, boolean training) {
    Tensor y = output.of(outShape, training);
    pool(w, x, y.reshape(outShape4d.dims()), training);
    if (training) {
      window = w;
      batch = x.shape().dim(0);
    } else if (window != null) {
      window = null;
      batch = -1;
    }
    return y;
  }

  /**
   * The input gradient, of {@code inShape} (with the batch axis), from {@code dy}, viewed as {@code
   * dyShape4d}.
   */
  Tensor backward(String where, Tensor dy, Shape inShape, Shape dyShape4d) {
    if (window == null || batch != dy.shape().dim(0)) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass on a batch of "
              + dy.shape().dim(0)
              + " before backward, got "
              + (window == null ? "none" : "a batch of " + batch));
    }
    Tensor dx = inputGradient.of(inShape);
    unpool(window, dy.reshape(dyShape4d.dims()), dx);
    return dx;
  }
}
