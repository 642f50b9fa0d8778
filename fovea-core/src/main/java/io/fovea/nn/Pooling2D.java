package io.fovea.nn;

import io.fovea.tensor.Padding;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link MaxPooling2D} and {@link AveragePooling2D} share (Keras's {@code BasePooling}): the
 * configuration, the window ({@code pool_size}, {@code strides}, {@code padding}) and its setters,
 * the output shape {@code [outH, outW, channels]} with {@code out = floor((in - pool) / stride) +
 * 1} ({@code valid}) or {@code ceil(in / stride)} ({@code same}), and the passes; a subclass only
 * gives its constructors and its {@link PoolMode}.
 *
 * @param <L> the layer itself, so that setters return the concrete type
 */
public abstract class Pooling2D<L extends Pooling2D<L>>
    extends ConfiguredLayer<Pooling2D.Config, L> {

  /**
   * The settings of a 2-D pooling, Keras's {@code pool_size}, {@code strides} and {@code padding}
   * as a {@link Window2D}, and which pooling it is; {@code name} and {@code inputShape} may be
   * null.
   */
  public record Config(String name, Shape inputShape, PoolMode mode, Window2D window)
      implements ConfiguredLayer.Settings<Config> {

    /** Keras's defaults: 2x2 windows, strides 2, {@code valid}. */
    public static Config defaults(PoolMode mode) {
      return new Config(null, null, mode, Window2D.of(2, 2));
    }

    public Config withName(String value) {
      return new Config(value, inputShape, mode, window);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, mode, window);
    }

    public Config withWindow(Window2D value) {
      return new Config(name, inputShape, mode, value);
    }

    /** Sets the pool size and, as Keras's {@code strides=None}, the strides to it. */
    public Config withPoolSize(int height, int width) {
      return withWindow(window.withSize(height, width).withStrides(height, width));
    }

    @Override
    public Pooling2D<?> create() {
      return mode == PoolMode.MAX ? new MaxPooling2D(this) : new AveragePooling2D(this);
    }
  }

  private final PoolPass pass;

  Pooling2D(Config config, PoolMode mode) {
    super(config);
    mode.require(typeName(), config.mode());
    this.pass = mode.newPass();
  }

  private Window2D window() {
    return settings().window();
  }

  /** The strides in both directions (default: the pool size). */
  public L strides(int stride) {
    return strides(stride, stride);
  }

  /** The strides along height and width. */
  public L strides(int height, int width) {
    return update("strides", settings().withWindow(window().withStrides(height, width)));
  }

  /** {@code "valid"} (default) or {@code "same"}. */
  public L padding(String padding) {
    requireUnbuilt("padding");
    return padding(LayerSupport.padding(this, padding, false));
  }

  /** {@code VALID} (default) or {@code SAME}. */
  public L padding(Padding padding) {
    return update("padding", settings().withWindow(window().withPadding(padding)));
  }

  @Override
  final void check(Config s) {
    LayerSupport.positive(this, "pool height", s.window().height());
    LayerSupport.positive(this, "pool width", s.window().width());
    LayerSupport.positive(this, "stride height", s.window().strideHeight());
    LayerSupport.positive(this, "stride width", s.window().strideWidth());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    Shape out = LayerSupport.outputSize(this, in, "window", window());
    return Shape.of(out.dim(0), out.dim(1), in.dim(2));
  }

  @Override
  protected final Tensor call(Tensor x, boolean training) {
    // Computed per call (a few integers): a cached window would be state shared by threads.
    SlidingWindow sliding = LayerSupport.sliding(window(), inputShape());
    Shape out = Buffer.withBatch(x.shape().dim(0), outputShape());
    return pass.forward(sliding, x, out, out, training);
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    Shape in = Buffer.withBatch(dy.shape().dim(0), inputShape());
    return pass.backward(where(), dy, in, dy.shape());
  }
}
