package io.fovea.nn;

import io.fovea.tensor.Shape;

/**
 * The largest value of each channel over the whole image, as Keras's {@code GlobalMaxPooling2D}.
 *
 * <p>{@code y[b, c] = max over i, j of x[b, i, j, c]}; the gradient goes to the winning position
 * only, the first maximum in row-major order on a tie (Keras's TensorFlow backend would split it
 * among ties; ties are rare with real-valued activations).
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch,
 * channels]}, or {@code [batch, 1, 1, channels]} with {@code keepdims(true)}.
 */
public final class GlobalMaxPooling2D
    extends GlobalPooling2D<GlobalMaxPooling2D.Config, GlobalMaxPooling2D> {

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
    public GlobalMaxPooling2D create() {
      return new GlobalMaxPooling2D(this);
    }
  }

  /** Output {@code [batch, channels]}. */
  public GlobalMaxPooling2D() {
    this(new Config(null, null, false));
  }

  /** A layer with these settings. */
  public GlobalMaxPooling2D(Config config) {
    super(config, PoolPass.max());
  }
}
