package io.fovea.nn;

import io.fovea.kernel.Kernels;
import io.fovea.kernel.PoolGeometry;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * The arithmetic of a pooling layer ({@link MaxPooling2D}, {@link AveragePooling2D} and their
 * global forms): {@code y = pool(x)} over the windows of a {@link PoolGeometry}, and {@code dx =
 * unpool(dy)}. Keeps the geometry of the last forward pass (and, for max pooling, the winning
 * positions), and reuses its buffers while the batch size stays the same.
 */
abstract class PoolPass {

  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private final Buffer outputGradient = new Buffer();
  private PoolGeometry geometry;

  /** Max pooling: the gradient goes to the first maximum of each window. */
  static PoolPass max() {
    return new PoolPass() {
      private int[] argmax;

      @Override
      void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y) {
        argmax = LayerSupport.reuse(argmax, y.size());
        k.maxPool(g, x.data(), x.offset(), y.data(), argmax);
      }

      @Override
      void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx) {
        k.maxPoolBackward(g, dy.data(), argmax, dx.data());
      }
    };
  }

  /** Average pooling: the gradient is spread evenly over the positions averaged. */
  static PoolPass average() {
    return new PoolPass() {
      @Override
      void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y) {
        k.avgPool(g, x.data(), x.offset(), y.data());
      }

      @Override
      void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx) {
        k.avgPoolBackward(g, dy.data(), dx.data());
      }
    };
  }

  /** Pools {@code x} into {@code y} (both in batch layout). */
  abstract void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y);

  /** Writes the input gradient {@code dx} from {@code dy}, which starts at offset 0. */
  abstract void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx);

  /** The geometry of the last forward pass, or null. */
  PoolGeometry geometry() {
    return geometry;
  }

  /** Pools {@code x} into an output of {@code outShape} (with the batch axis). */
  Tensor forward(PoolGeometry g, Tensor x, Shape outShape) {
    Tensor y = output.of(outShape);
    pool(Kernels.get(), g, x, y);
    geometry = g;
    return y;
  }

  /** The input gradient, of {@code inShape} (with the batch axis), from {@code dy}. */
  Tensor backward(String where, Tensor dy, Shape inShape) {
    if (geometry == null || geometry.batch() != dy.shape().dim(0)) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass on a batch of "
              + dy.shape().dim(0)
              + " before backward, got "
              + (geometry == null ? "none" : "a batch of " + geometry.batch()));
    }
    Tensor dx = inputGradient.of(inShape);
    unpool(Kernels.get(), geometry, outputGradient.atOffsetZero(dy), dx);
    return dx;
  }
}
