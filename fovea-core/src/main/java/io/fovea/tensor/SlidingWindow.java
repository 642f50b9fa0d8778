package io.fovea.tensor;

/**
 * Where a 2-D window (a convolution kernel or a pooling window) of {@code height x width} moves
 * over a channels-last image: by {@code strideH}/{@code strideW}, over the image padded with {@code
 * padTop}, {@code padBottom}, {@code padLeft} and {@code padRight} zeros.
 *
 * <p>Output size along an axis: {@code out = (in + before + after - window) / stride + 1}. {@link
 * #of} places the window as Keras's {@code valid}/{@code same} do; {@link #global} covers the whole
 * image once.
 */
public record SlidingWindow(
    int height,
    int width,
    int strideH,
    int strideW,
    int padTop,
    int padBottom,
    int padLeft,
    int padRight) {

  /** Checks that sizes and strides are positive and pads non-negative. */
  public SlidingWindow {
    if (height < 1 || width < 1 || strideH < 1 || strideW < 1) {
      throw new IllegalArgumentException(
          "SlidingWindow: expected a positive window and strides, got "
              + height
              + "x"
              + width
              + " with strides "
              + strideH
              + "x"
              + strideW);
    }
    if (padTop < 0 || padBottom < 0 || padLeft < 0 || padRight < 0) {
      throw new IllegalArgumentException(
          "SlidingWindow: expected pads >= 0, got top="
              + padTop
              + ", bottom="
              + padBottom
              + ", left="
              + padLeft
              + ", right="
              + padRight);
    }
  }

  /** The window Keras places on an {@code inH x inW} image with {@code padding}. */
  public static SlidingWindow of(
      int height, int width, int strideH, int strideW, Padding padding, int inH, int inW) {
    int top = padding.padBefore(inH, height, strideH);
    int left = padding.padBefore(inW, width, strideW);
    return new SlidingWindow(
        height,
        width,
        strideH,
        strideW,
        top,
        padding.padTotal(inH, height, strideH) - top,
        left,
        padding.padTotal(inW, width, strideW) - left);
  }

  /** One window over the whole {@code inH x inW} image (global pooling). */
  public static SlidingWindow global(int inH, int inW) {
    return new SlidingWindow(inH, inW, inH, inW, 0, 0, 0, 0);
  }

  /**
   * The output height on an image of {@code inH} rows.
   *
   * @throws IllegalArgumentException when the padded image is shorter than the window
   */
  public int outputHeight(int inH) {
    return outputLength("height", inH, padTop + padBottom, height, strideH);
  }

  /** The output width on an image of {@code inW} columns. */
  public int outputWidth(int inW) {
    return outputLength("width", inW, padLeft + padRight, width, strideW);
  }

  private static int outputLength(String axis, int in, int pads, int window, int stride) {
    if (in + pads < window) {
      throw new IllegalArgumentException(
          "SlidingWindow: expected an input "
              + axis
              + " of at least "
              + (window - pads)
              + " for a window of "
              + window
              + " padded by "
              + pads
              + ", got "
              + in);
    }
    return (in + pads - window) / stride + 1;
  }
}
