package io.fovea.nn;

import io.fovea.kernel.Kernels;
import io.fovea.kernel.Padding;
import io.fovea.kernel.PoolGeometry;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * What {@link MaxPooling2D} and {@link AveragePooling2D} share (Keras's {@code BasePooling}):
 * the window, strides and padding, the output shape {@code [outH, outW, channels]} with {@code
 * out = floor((in - pool) / stride) + 1} ({@code valid}) or {@code ceil(in / stride)} ({@code
 * same}), and the buffers.
 */
abstract class Pooling2D extends Layer {

  /** The settings both pooling configurations carry. */
  interface Settings extends LayerConfig {
    Shape inputShape();

    int poolHeight();

    int poolWidth();

    int strideHeight();

    int strideWidth();

    String padding();
  }

  private PoolGeometry geometry;
  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private final Buffer outputGradient = new Buffer();
  private boolean ready;

  /** The current settings. */
  abstract Settings settings();

  /** Pools {@code x} into {@code y} (both in batch layout). */
  abstract void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y);

  /** Writes the input gradient {@code dx} from {@code dy}, which starts at offset 0. */
  abstract void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx);

  /** Checks the settings of a new layer and applies its name and input shape. */
  final void adopt(Settings s) {
    LayerSupport.positive(this, "pool height", s.poolHeight());
    LayerSupport.positive(this, "pool width", s.poolWidth());
    LayerSupport.positive(this, "stride height", s.strideHeight());
    LayerSupport.positive(this, "stride width", s.strideWidth());
    LayerSupport.padding(this, s.padding(), false);
    setName(s.name());
    declareInputShape(s.inputShape());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    Settings s = settings();
    Padding padding = LayerSupport.padding(this, s.padding(), false);
    String window = LayerSupport.window(s.poolHeight(), s.poolWidth());
    int outH = LayerSupport.outputLength(this, in, "window", window, in.dim(0), s.poolHeight(),
        s.strideHeight(), padding);
    int outW = LayerSupport.outputLength(this, in, "window", window, in.dim(1), s.poolWidth(),
        s.strideWidth(), padding);
    return Shape.of(outH, outW, in.dim(2));
  }

  @Override
  protected final Tensor call(Tensor x, boolean training) {
    PoolGeometry g = geometry(x.shape().dim(0));
    Tensor y = output.of(Buffers.withBatch(g.batch(), outputShape()));
    pool(Kernels.get(), g, x, y);
    ready = true;
    return y;
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    if (!ready || geometry.batch() != dy.shape().dim(0)) {
      throw new IllegalStateException(where() + ": expected a forward pass on a batch of "
          + dy.shape().dim(0) + " before backward, got " + (ready ? "a batch of "
          + geometry.batch() : "none"));
    }
    Tensor dx = inputGradient.of(Buffers.withBatch(geometry.batch(), inputShape()));
    unpool(Kernels.get(), geometry, outputGradient.atOffsetZero(dy), dx);
    return dx;
  }

  private PoolGeometry geometry(int batch) {
    if (geometry == null || geometry.batch() != batch) {
      Shape in = inputShape();
      Settings s = settings();
      geometry = PoolGeometry.of(batch, in.dim(0), in.dim(1), in.dim(2), s.poolHeight(),
          s.poolWidth(), s.strideHeight(), s.strideWidth(), Padding.of(s.padding()));
    }
    return geometry;
  }
}
