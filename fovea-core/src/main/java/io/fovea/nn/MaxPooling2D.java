package io.fovea.nn;

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
public final class MaxPooling2D extends Pooling2D<MaxPooling2D> {

  /** 2x2 windows with stride 2, Keras's defaults. */
  public MaxPooling2D() {
    this(Config.defaults(PoolMode.MAX));
  }

  /** Square {@code poolSize} windows, strides equal to the pool size. */
  public MaxPooling2D(int poolSize) {
    this(poolSize, poolSize);
  }

  /** {@code poolHeight x poolWidth} windows, strides equal to the pool size. */
  public MaxPooling2D(int poolHeight, int poolWidth) {
    this(Config.defaults(PoolMode.MAX).withPoolSize(poolHeight, poolWidth));
  }

  /**
   * A layer with these settings.
   *
   * @throws IllegalArgumentException when {@code config.mode()} is not {@code MAX}
   */
  public MaxPooling2D(Config config) {
    super(config, PoolMode.MAX);
  }
}
