package io.fovea.nn;

/**
 * The mean of each channel over the whole image, as Keras's {@code GlobalAveragePooling2D}.
 *
 * <p>{@code y[b, c] = (1 / (H * W)) * sum over i, j of x[b, i, j, c]}; the gradient spreads {@code
 * dy[b, c] / (H * W)} over every position.
 *
 * <p>Input {@code [batch, height, width, channels]}; no parameters; output {@code [batch,
 * channels]}, or {@code [batch, 1, 1, channels]} with {@code keepdims(true)}.
 */
public final class GlobalAveragePooling2D extends GlobalPooling2D<GlobalAveragePooling2D> {

  /** Output {@code [batch, channels]}. */
  public GlobalAveragePooling2D() {
    this(Config.defaults(PoolMode.AVERAGE));
  }

  /**
   * A layer with these settings.
   *
   * @throws IllegalArgumentException when {@code config.mode()} is not {@code AVERAGE}
   */
  public GlobalAveragePooling2D(Config config) {
    super(config, PoolMode.AVERAGE);
  }
}
