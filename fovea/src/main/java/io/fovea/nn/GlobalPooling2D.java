package io.fovea.nn;

import io.fovea.kernel.Kernels;
import io.fovea.kernel.Padding;
import io.fovea.kernel.PoolGeometry;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * What {@link GlobalAveragePooling2D} and {@link GlobalMaxPooling2D} share: one pooling window
 * the size of the whole image, output {@code [channels]} or, with {@code keepdims}, {@code [1, 1,
 * channels]}.
 */
abstract class GlobalPooling2D extends Layer {

  /** The settings both global pooling configurations carry. */
  interface Settings extends LayerConfig {
    Shape inputShape();

    boolean keepdims();
  }

  private PoolGeometry geometry;
  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private final Buffer outputGradient = new Buffer();

  /** The current settings. */
  abstract Settings settings();

  /** Pools {@code x} into {@code y}. */
  abstract void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y);

  /** Writes the input gradient {@code dx} from {@code dy}, which starts at offset 0. */
  abstract void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx);

  /** Applies the name and input shape of new settings. */
  final void adopt(Settings s) {
    setName(s.name());
    declareInputShape(s.inputShape());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    return settings().keepdims() ? Shape.of(1, 1, in.dim(2)) : Shape.of(in.dim(2));
  }

  @Override
  protected final Tensor call(Tensor x, boolean training) {
    int batch = x.shape().dim(0);
    if (geometry == null || geometry.batch() != batch) {
      Shape in = inputShape();
      geometry = PoolGeometry.of(batch, in.dim(0), in.dim(1), in.dim(2), in.dim(0), in.dim(1),
          in.dim(0), in.dim(1), Padding.VALID);
    }
    Tensor y = output.of(Buffers.withBatch(batch, outputShape()));
    pool(Kernels.get(), geometry, x, y);
    return y;
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    int batch = dy.shape().dim(0);
    if (geometry == null || geometry.batch() != batch) {
      throw new IllegalStateException(where() + ": expected a forward pass on a batch of "
          + batch + " before backward, got " + (geometry == null ? "none" : "a batch of "
          + geometry.batch()));
    }
    Tensor dx = inputGradient.of(Buffers.withBatch(batch, inputShape()));
    unpool(Kernels.get(), geometry, outputGradient.atOffsetZero(dy), dx);
    return dx;
  }
}
