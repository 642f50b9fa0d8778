package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link GlobalAveragePooling2D} and {@link GlobalMaxPooling2D} share: one pooling window the
 * size of the whole image, output {@code [channels]} or, with {@code keepdims}, {@code [1, 1,
 * channels]}; a subclass only picks the {@link PoolPass}.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself
 */
abstract class GlobalPooling2D<
        C extends GlobalPooling2D.Settings<C>, L extends GlobalPooling2D<C, L>>
    extends ConfiguredLayer<C, L> {

  /** The settings both global pooling configurations carry. */
  interface Settings<C> extends ConfiguredLayer.Settings<C> {
    boolean keepdims();

    C withKeepdims(boolean value);
  }

  private final PoolPass pass;

  GlobalPooling2D(C config, PoolPass pass) {
    super(config);
    this.pass = pass;
  }

  /** Keeps the spatial axes as size 1: output {@code [batch, 1, 1, channels]}. */
  public L keepdims(boolean value) {
    return update("keepdims", settings().withKeepdims(value));
  }

  @Override
  final void check(C next) {
    // Every combination of settings is valid; the input shape is checked when built.
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    return settings().keepdims() ? Shape.of(1, 1, in.dim(2)) : Shape.of(in.dim(2));
  }

  @Override
  protected final Tensor call(Tensor x, boolean training) {
    Shape in = inputShape();
    int batch = x.shape().dim(0);
    SlidingWindow w = SlidingWindow.global(in.dim(0), in.dim(1));
    return pass.forward(
        w, x, Buffer.withBatch(batch, outputShape()), Shape.of(batch, 1, 1, in.dim(2)));
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    int batch = dy.shape().dim(0);
    Shape in = inputShape();
    return pass.backward(
        where(), dy, Buffer.withBatch(batch, in), Shape.of(batch, 1, 1, in.dim(2)));
  }
}
