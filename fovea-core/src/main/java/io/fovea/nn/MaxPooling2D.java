package io.fovea.nn;

import io.fovea.tensor.Shape;

/**
 * Max pooling over 2-D windows of channels-last images, as Keras's {@code MaxPooling2D}.
 *
 * <p>{@code y[b, i, j, c] = max over (u, v) in the pool window of x[b, i * sh + u - padTop, j * sw
 * + v - padLeft, c]}; padded positions never win. The gradient goes to the winning input only; on a
 * tie the first maximum in window order (row by row, left to right) wins, as the kernel decides.
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch, outH,
 * outW, channels]} with {@code out = floor((in - pool) / stride) + 1} for {@code padding "valid"}
 * (the default) and {@code ceil(in / stride)} for {@code "same"}. The strides default to the pool
 * size.
 *
 * <pre>{@code
 * new MaxPooling2D(2)                              // 2x2 windows, stride 2
 * new MaxPooling2D(3).strides(2).padding("same")
 * }</pre>
 */
public final class MaxPooling2D extends Pooling2D<MaxPooling2D.Config, MaxPooling2D> {

  /**
   * The settings of a {@link MaxPooling2D} (Keras's {@code pool_size}, {@code strides}, {@code
   * padding}); {@code name} and {@code inputShape} may be null.
   */
  public record Config(
      String name,
      Shape inputShape,
      int poolHeight,
      int poolWidth,
      int strideHeight,
      int strideWidth,
      String padding)
      implements Settings<Config> {

    /** Keras's defaults: 2x2 windows, strides 2, {@code valid}. */
    public static Config defaults() {
      return new Config(null, null, 2, 2, 2, 2, "valid");
    }

    public Config withName(String value) {
      return new Config(
          value, inputShape, poolHeight, poolWidth, strideHeight, strideWidth, padding);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, poolHeight, poolWidth, strideHeight, strideWidth, padding);
    }

    /** Sets the pool size and, as Keras's {@code strides=None}, the strides to it. */
    public Config withPoolSize(int height, int width) {
      return new Config(name, inputShape, height, width, height, width, padding);
    }

    public Config withStrides(int height, int width) {
      return new Config(name, inputShape, poolHeight, poolWidth, height, width, padding);
    }

    public Config withPadding(String value) {
      return new Config(name, inputShape, poolHeight, poolWidth, strideHeight, strideWidth, value);
    }

    @Override
    public MaxPooling2D create() {
      return new MaxPooling2D(this);
    }
  }

  /** 2x2 windows with stride 2, Keras's defaults. */
  public MaxPooling2D() {
    this(Config.defaults());
  }

  /** Square {@code poolSize} windows, strides equal to the pool size. */
  public MaxPooling2D(int poolSize) {
    this(poolSize, poolSize);
  }

  /** {@code poolHeight x poolWidth} windows, strides equal to the pool size. */
  public MaxPooling2D(int poolHeight, int poolWidth) {
    this(Config.defaults().withPoolSize(poolHeight, poolWidth));
  }

  /** A layer with these settings. */
  public MaxPooling2D(Config config) {
    super(config, PoolPass.max());
  }
}
