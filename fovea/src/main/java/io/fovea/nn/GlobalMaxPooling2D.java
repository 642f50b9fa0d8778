package io.fovea.nn;

import io.fovea.kernel.Kernels;
import io.fovea.kernel.PoolGeometry;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * The largest value of each channel over the whole image, as Keras's {@code
 * GlobalMaxPooling2D}.
 *
 * <p>{@code y[b, c] = max over i, j of x[b, i, j, c]}; the gradient goes to the winning
 * position only, the first maximum in row-major order on a tie (Keras's TensorFlow backend would
 * split it among ties; ties are rare with real-valued activations).
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch,
 * channels]}, or {@code [batch, 1, 1, channels]} with {@code keepdims(true)}.
 */
public final class GlobalMaxPooling2D extends GlobalPooling2D {

  /** The settings (Keras's {@code keepdims}); {@code name} and {@code inputShape} may be null. */
  public record Config(String name, Shape inputShape, boolean keepdims) implements Settings {

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

  private Config config;
  private int[] argmax;

  /** Output {@code [batch, channels]}. */
  public GlobalMaxPooling2D() {
    this(new Config(null, null, false));
  }

  /** A layer with these settings. */
  public GlobalMaxPooling2D(Config config) {
    adopt(config);
    this.config = config;
  }

  /** Keeps the spatial axes as size 1: output {@code [batch, 1, 1, channels]}. */
  public GlobalMaxPooling2D keepdims(boolean value) {
    return update("keepdims", config.withKeepdims(value));
  }

  @Override
  public GlobalMaxPooling2D name(String name) {
    return update("name", config.withName(name));
  }

  @Override
  public GlobalMaxPooling2D inputShape(int... dims) {
    return update("inputShape", config.withInputShape(dims == null ? null : Shape.of(dims)));
  }

  private GlobalMaxPooling2D update(String setter, Config next) {
    requireUnbuilt(setter);
    adopt(next);
    config = next;
    return this;
  }

  @Override
  public Config config() {
    return config.withName(name());
  }

  @Override
  Settings settings() {
    return config;
  }

  @Override
  void pool(Kernels k, PoolGeometry g, Tensor x, Tensor y) {
    argmax = LayerSupport.reuse(argmax, y.size());
    k.maxPool(g, x.data(), x.offset(), y.data(), argmax);
  }

  @Override
  void unpool(Kernels k, PoolGeometry g, Tensor dy, Tensor dx) {
    k.maxPoolBackward(g, dy.data(), argmax, dx.data());
  }
}
