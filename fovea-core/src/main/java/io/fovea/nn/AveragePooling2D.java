package io.fovea.nn;

import io.fovea.tensor.Shape;

/**
 * Average pooling over 2-D windows of channels-last images, as Keras's {@code AveragePooling2D}.
 *
 * <p>{@code y[b, i, j, c] = mean over the window positions inside the image of x[b, i * sh + u -
 * padTop, j * sw + v - padLeft, c]}: with {@code padding "same"} the padded positions are not
 * counted, as in Keras. The gradient of each output is spread evenly over the positions it
 * averaged.
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch, outH,
 * outW, channels]} with {@code out = floor((in - pool) / stride) + 1} for {@code padding "valid"}
 * (the default) and {@code ceil(in / stride)} for {@code "same"}. The strides default to the pool
 * size.
 *
 * <pre>{@code
 * new AveragePooling2D(2)                          // LeNet-5's subsampling
 * new AveragePooling2D(3).strides(1).padding("same")
 * }</pre>
 */
public final class AveragePooling2D extends Pooling2D<AveragePooling2D.Config, AveragePooling2D> {

  /**
   * The settings of a {@link AveragePooling2D} (Keras's {@code pool_size}, {@code strides}, {@code
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
    public AveragePooling2D create() {
      return new AveragePooling2D(this);
    }
  }

  /** 2x2 windows with stride 2, Keras's defaults. */
  public AveragePooling2D() {
    this(Config.defaults());
  }

  /** Square {@code poolSize} windows, strides equal to the pool size. */
  public AveragePooling2D(int poolSize) {
    this(poolSize, poolSize);
  }

  /** {@code poolHeight x poolWidth} windows, strides equal to the pool size. */
  public AveragePooling2D(int poolHeight, int poolWidth) {
    this(Config.defaults().withPoolSize(poolHeight, poolWidth));
  }

  /** A layer with these settings. */
  public AveragePooling2D(Config config) {
    super(config, PoolPass.average());
  }
}
