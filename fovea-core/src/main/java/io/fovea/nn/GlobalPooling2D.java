package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link GlobalAveragePooling2D} and {@link GlobalMaxPooling2D} share (Keras's {@code
 * BaseGlobalPooling}): the configuration, one pooling window the size of the whole image, output
 * {@code [channels]} or, with {@code keepdims}, {@code [1, 1, channels]}; a subclass only gives its
 * constructors and its {@link PoolMode}.
 *
 * @param <L> the layer itself, so that setters return the concrete type
 */
public abstract class GlobalPooling2D<L extends GlobalPooling2D<L>>
    extends ConfiguredLayer<GlobalPooling2D.Config, L> {

  /**
   * The settings of a global pooling (Keras's {@code keepdims}) and which pooling it is; {@code
   * name} and {@code inputShape} may be null.
   */
  public record Config(String name, Shape inputShape, PoolMode mode, boolean keepdims)
      implements ConfiguredLayer.Settings<Config> {

    /** Keras's defaults: output {@code [batch, channels]}. */
    public static Config defaults(PoolMode mode) {
      return new Config(null, null, mode, false);
    }

    public Config withName(String value) {
      return new Config(value, inputShape, mode, keepdims);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, mode, keepdims);
    }

    public Config withKeepdims(boolean value) {
      return new Config(name, inputShape, mode, value);
    }

    @Override
    public GlobalPooling2D<?> create() {
      return mode == PoolMode.MAX ? new GlobalMaxPooling2D(this) : new GlobalAveragePooling2D(this);
    }
  }

  private final PoolPass pass;

  GlobalPooling2D(Config config, PoolMode mode) {
    super(config);
    mode.require(typeName(), config.mode());
    this.pass = mode.newPass();
  }

  /** Keeps the spatial axes as size 1: output {@code [batch, 1, 1, channels]}. */
  public L keepdims(boolean value) {
    return update("keepdims", settings().withKeepdims(value));
  }

  @Override
  final void check(Config next) {
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
        w, x, Buffer.withBatch(batch, outputShape()), Shape.of(batch, 1, 1, in.dim(2)), training);
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    int batch = dy.shape().dim(0);
    Shape in = inputShape();
    return pass.backward(
        where(), dy, Buffer.withBatch(batch, in), Shape.of(batch, 1, 1, in.dim(2)));
  }
}
