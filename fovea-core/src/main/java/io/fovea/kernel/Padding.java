package io.fovea.kernel;

/**
 * How a sliding window treats the border, as Keras spells it.
 *
 * <p>{@code VALID}: no padding, {@code out = floor((in - window) / stride) + 1}. {@code SAME}:
 * {@code out = ceil(in / stride)}, padded with {@code total = max((out - 1) * stride + window - in,
 * 0)} of which {@code total / 2} go before and the rest after (the extra one on the bottom or right
 * when the total is odd), exactly as TensorFlow computes it.
 */
public enum Padding {
  VALID,
  SAME;

  /**
   * The output length along one axis.
   *
   * @throws IllegalArgumentException when a {@code VALID} window is larger than the input
   */
  public int outputLength(int in, int window, int stride) {
    if (in < 1 || window < 1 || stride < 1) {
      throw new IllegalArgumentException(
          "padding '"
              + kerasName()
              + "': expected positive input length, window and stride, got in="
              + in
              + ", window="
              + window
              + ", stride="
              + stride);
    }
    if (this == SAME) {
      return (in + stride - 1) / stride;
    }
    if (window > in) {
      throw new IllegalArgumentException(
          "padding 'valid': expected a window of at most the input length "
              + in
              + ", got a window of "
              + window
              + "; use padding 'same' or a smaller window");
    }
    return (in - window) / stride + 1;
  }

  /** Padding added before the first element (top or left) along one axis. */
  public int padBefore(int in, int window, int stride) {
    return padTotal(in, window, stride) / 2;
  }

  /** Total padding (before + after) along one axis; zero for {@code VALID}. */
  public int padTotal(int in, int window, int stride) {
    if (this == VALID) {
      return 0;
    }
    int out = outputLength(in, window, stride);
    return Math.max((out - 1) * stride + window - in, 0);
  }

  /** Parses Keras's spelling, {@code "valid"} or {@code "same"}, in any case. */
  public static Padding of(String name) {
    if (name != null) {
      switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "valid":
          return VALID;
        case "same":
          return SAME;
        default:
          break;
      }
    }
    throw new IllegalArgumentException("padding: expected 'valid' or 'same', got '" + name + "'");
  }

  /** Keras's spelling. */
  public String kerasName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
