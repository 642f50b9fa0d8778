package io.fovea.image;

import java.util.Locale;

/**
 * Where a sliding window starts and how many positions it takes along one axis: the window of
 * length {@code k} moved by {@code stride} over an axis of length {@code in} padded by {@code
 * before} zeros in front (and as many behind as the last position needs).
 *
 * <ul>
 *   <li>{@code valid}: {@code before = 0}, {@code out = (in - k) / stride + 1};
 *   <li>{@code same}: {@code out = ceil(in / stride)}, {@code before = total / 2} with {@code total
 *       = max((out - 1) * stride + k - in, 0)} (TensorFlow's rule: an odd extra pixel goes after);
 *   <li>{@code full}: {@code before = k - 1}, {@code out = (in + k - 2) / stride + 1};
 *   <li>an integer {@code p}: {@code before = p}, {@code out = (in + 2p - k) / stride + 1}.
 * </ul>
 */
record Window(int before, int out) {

  /** The window for a padding name ({@code valid}, {@code same}, {@code full}). */
  static Window of(String where, String padding, int in, int k, int stride) {
    checkStride(where, stride);
    String name = padding == null ? "" : padding.toLowerCase(Locale.ROOT);
    switch (name) {
      case "valid":
        return explicit(where, 0, in, k, stride);
      case "same":
        int out = (in + stride - 1) / stride;
        int total = Math.max((out - 1) * stride + k - in, 0);
        return new Window(total / 2, out);
      case "full":
        return explicit(where, k - 1, in, k, stride);
      default:
        throw new IllegalArgumentException(
            where
                + ": expected padding 'valid', 'same', 'full'"
                + " or a number of pixels, got '"
                + padding
                + "'");
    }
  }

  /** The window with {@code pad} zeros on both sides. */
  static Window of(String where, int pad, int in, int k, int stride) {
    checkStride(where, stride);
    if (pad < 0) {
      throw new IllegalArgumentException(where + ": expected padding >= 0, got " + pad);
    }
    return explicit(where, pad, in, k, stride);
  }

  private static Window explicit(String where, int pad, int in, int k, int stride) {
    if (k > in + 2 * pad) {
      throw new IllegalArgumentException(
          where
              + ": kernel of "
              + k
              + " does not fit an axis of "
              + in
              + (pad == 0 ? " with padding 'valid'" : " padded by " + pad + " on each side")
              + "; use a smaller kernel or more padding ('same')");
    }
    return new Window(pad, (in + 2 * pad - k) / stride + 1);
  }

  private static void checkStride(String where, int stride) {
    if (stride < 1) {
      throw new IllegalArgumentException(where + ": expected stride >= 1, got " + stride);
    }
  }
}
