package io.fovea.nn;

import io.fovea.tensor.Padding;

/**
 * The sliding window of a 2-D convolution or pooling, Keras's {@code kernel_size} (or {@code
 * pool_size}), {@code strides}, {@code padding} and {@code dilation_rate}: output position {@code
 * (i, j)} sees the input rows {@code i * strideHeight - padTop ...} and columns {@code j *
 * strideWidth - padLeft ...} of a {@code height x width} window.
 *
 * <p>The layer checks that sizes and strides are positive (its messages name it); the record itself
 * refuses a null padding and a dilation other than 1, which Fovea does not support.
 */
public record Window2D(
    int height,
    int width,
    int strideHeight,
    int strideWidth,
    Padding padding,
    int dilationHeight,
    int dilationWidth) {

  /** Refuses a null padding and dilation other than 1. */
  public Window2D {
    if (padding == null) {
      throw new IllegalArgumentException("Window2D: expected padding VALID or SAME, got null");
    }
    if (dilationHeight != 1 || dilationWidth != 1) {
      throw new IllegalArgumentException(
          "Window2D: expected dilation_rate 1, got ["
              + dilationHeight
              + ", "
              + dilationWidth
              + "]");
    }
  }

  /** A window without dilation. */
  public Window2D(int height, int width, int strideHeight, int strideWidth, Padding padding) {
    this(height, width, strideHeight, strideWidth, padding, 1, 1);
  }

  /** A square {@code size} window with strides {@code stride} and {@code valid} padding. */
  public static Window2D of(int size, int stride) {
    return new Window2D(size, size, stride, stride, Padding.VALID);
  }

  /** The window size, keeping strides and padding. */
  public Window2D withSize(int newHeight, int newWidth) {
    return new Window2D(newHeight, newWidth, strideHeight, strideWidth, padding);
  }

  public Window2D withStrides(int newHeight, int newWidth) {
    return new Window2D(height, width, newHeight, newWidth, padding);
  }

  public Window2D withPadding(Padding value) {
    return new Window2D(height, width, strideHeight, strideWidth, value);
  }
}
