package io.fovea.tensor;

/**
 * How a sliding window treats the border, as Keras spells it.
 *
 * <p>{@code VALID}: no padding, {@code out = floor((in - window) / stride) + 1}. {@code SAME}:
 * {@code out = ceil(in / stride)}, padded with {@code total = max((out - 1) * stride + window - in,
 * 0)} of which {@code total / 2} go before and the rest after (the extra one on the bottom or right
 * when the total is odd), exactly as TensorFlow computes it.
 */
public enum Padding {
  VALID(io.fovea.kernel.Padding.VALID),
  SAME(io.fovea.kernel.Padding.SAME);

  // The arithmetic lives once, beside the kernels that use it; this is its public face.
  private final io.fovea.kernel.Padding kernel;

  Padding(io.fovea.kernel.Padding kernel) {
    this.kernel = kernel;
  }

  /**
   * The output length along one axis.
   *
   * @throws IllegalArgumentException when a {@code VALID} window is larger than the input
   */
  public int outputLength(int in, int window, int stride) {
    return kernel.outputLength(in, window, stride);
  }

  /** Padding added before the first element (top or left) along one axis. */
  public int padBefore(int in, int window, int stride) {
    return kernel.padBefore(in, window, stride);
  }

  /** Total padding (before + after) along one axis; zero for {@code VALID}. */
  public int padTotal(int in, int window, int stride) {
    return kernel.padTotal(in, window, stride);
  }

  /** Parses Keras's spelling, {@code "valid"} or {@code "same"}, in any case. */
  public static Padding of(String name) {
    return io.fovea.kernel.Padding.of(name) == io.fovea.kernel.Padding.SAME ? SAME : VALID;
  }

  /** Keras's spelling. */
  public String kerasName() {
    return kernel.kerasName();
  }
}
