package io.fovea.nn;

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
public final class GlobalMaxPooling2D extends GlobalPooling2D<GlobalMaxPooling2D> {

  /** Output {@code [batch, channels]}. */
  public GlobalMaxPooling2D() {
    this(Config.defaults(PoolMode.MAX));
  }

  /**
   * A layer with these settings.
   *
   * @throws IllegalArgumentException when {@code config.mode()} is not {@code MAX}
   */
  public GlobalMaxPooling2D(Config config) {
    super(config, PoolMode.MAX);
  }
}
