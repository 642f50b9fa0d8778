package io.fovea.nn;

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
public final class AveragePooling2D extends Pooling2D<AveragePooling2D> {

  /** 2x2 windows with stride 2, Keras's defaults. */
  public AveragePooling2D() {
    this(Config.defaults(PoolMode.AVERAGE));
  }

  /** Square {@code poolSize} windows, strides equal to the pool size. */
  public AveragePooling2D(int poolSize) {
    this(poolSize, poolSize);
  }

  /** {@code poolHeight x poolWidth} windows, strides equal to the pool size. */
  public AveragePooling2D(int poolHeight, int poolWidth) {
    this(Config.defaults(PoolMode.AVERAGE).withPoolSize(poolHeight, poolWidth));
  }

  /**
   * A layer with these settings.
   *
   * @throws IllegalArgumentException when {@code config.mode()} is not {@code AVERAGE}
   */
  public AveragePooling2D(Config config) {
    super(config, PoolMode.AVERAGE);
  }
}
