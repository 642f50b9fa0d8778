package io.fovea.nn;

import io.fovea.tensor.Shape;

/**
 * The mean of each channel over the whole image, as Keras's {@code GlobalAveragePooling2D}.
 *
 * <p>{@code y[b, c] = (1 / (H * W)) * sum over i, j of x[b, i, j, c]}; the gradient spreads {@code
 * dy[b, c] / (H * W)} over every position.
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch,
 * channels]}, or {@code [batch, 1, 1, channels]} with {@code keepdims(true)}.
 */
public final class GlobalAveragePooling2D
    extends GlobalPooling2D<GlobalAveragePooling2D.Config, GlobalAveragePooling2D> {

  /** The settings (Keras's {@code keepdims}); {@code name} and {@code inputShape} may be null. */
  public record Config(String name, Shape inputShape, boolean keepdims)
      implements Settings<Config> {

    public Config withName(String value) {
      return new Config(value, inputShape, keepdims);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, keepdims);
    }

    public Config withKeepdims(boolean value) {
      return new Config(name, inputShape, value);
    }

    @Override
    public GlobalAveragePooling2D create() {
      return new GlobalAveragePooling2D(this);
    }
  }

  /** Output {@code [batch, channels]}. */
  public GlobalAveragePooling2D() {
    this(new Config(null, null, false));
  }

  /** A layer with these settings. */
  public GlobalAveragePooling2D(Config config) {
    super(config, PoolPass.average());
  }
}
