package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.util.Arrays;

/**
 * Crops, flips, quarter turns and padding of an image {@code [h, w, c]} (or a single-channel {@code
 * [h, w]}); each returns a new tensor of the same rank.
 *
 * <p>Shapes: {@code crop -> [rowTo - rowFrom, colTo - colFrom, c]}; flips keep {@code [h, w, c]};
 * {@code rotate90} with an odd {@code k} gives {@code [w, h, c]}; {@code pad -> [top + h + bottom,
 * left + w + right, c]}. Conventions follow NumPy: {@code rotate90(image, 1)} is {@code
 * np.rot90(image)} (counter-clockwise), and the pad modes are those of {@code np.pad}.
 */
public final class Geometry {

  /** How {@link #pad} fills the new border. */
  public enum PadMode {
    /** A constant value (NumPy {@code constant}, OpenCV {@code BORDER_CONSTANT}). */
    CONSTANT,
    /** The nearest edge pixel repeated: {@code aaa|abcd|ddd} (OpenCV {@code BORDER_REPLICATE}). */
    EDGE,
    /** Mirrored without the edge: {@code dcb|abcd|cba} (OpenCV {@code BORDER_REFLECT_101}). */
    REFLECT
  }

  private Geometry() {}

  /** Rows {@code [rowFrom, rowTo)} and columns {@code [colFrom, colTo)}, as NumPy slicing. */
  public static Tensor crop(Tensor image, int rowFrom, int rowTo, int colFrom, int colTo) {
    Layout in = Layout.of("crop", image);
    if (rowFrom < 0
        || rowFrom >= rowTo
        || rowTo > in.h
        || colFrom < 0
        || colFrom >= colTo
        || colTo > in.w) {
      throw new IndexOutOfBoundsException(
          "crop: expected 0 <= rowFrom < rowTo <= "
              + in.h
              + " and 0 <= colFrom < colTo <= "
              + in.w
              + " for shape "
              + image.shape()
              + ", got rows "
              + rowFrom
              + ".."
              + rowTo
              + ", cols "
              + colFrom
              + ".."
              + colTo);
    }
    Layout out = in.resized(rowTo - rowFrom, colTo - colFrom);
    float[] src = image.toArray();
    float[] dst = out.data;
    int rowLength = out.w * in.c;
    for (int y = 0; y < out.h; y++) {
      int from = ((rowFrom + y) * in.w + colFrom) * in.c;
      System.arraycopy(src, from, dst, y * rowLength, rowLength);
    }
    return out.tensor();
  }

  /** Mirrored left-right: {@code out[y, x] = in[y, w - 1 - x]} ({@code np.fliplr}). */
  public static Tensor flipHorizontal(Tensor image) {
    Layout in = Layout.of("flipHorizontal", image);
    return remap(image, in, in.resized(in.h, in.w), (y, x) -> y * in.w + (in.w - 1 - x));
  }

  /** Mirrored top-bottom: {@code out[y, x] = in[h - 1 - y, x]} ({@code np.flipud}). */
  public static Tensor flipVertical(Tensor image) {
    Layout in = Layout.of("flipVertical", image);
    return remap(image, in, in.resized(in.h, in.w), (y, x) -> (in.h - 1 - y) * in.w + x);
  }

  /**
   * Turned by {@code k} quarter turns counter-clockwise, like {@code np.rot90(image, k)}; {@code k
   * = -1} turns clockwise. One turn: {@code out[y, x] = in[x, w - 1 - y]}, shape {@code [w, h, c]}.
   */
  public static Tensor rotate90(Tensor image, int k) {
    Layout in = Layout.of("rotate90", image);
    switch (Math.floorMod(k, 4)) {
      case 1:
        return remap(image, in, in.resized(in.w, in.h), (y, x) -> x * in.w + (in.w - 1 - y));
      case 2:
        return remap(
            image, in, in.resized(in.h, in.w), (y, x) -> (in.h - 1 - y) * in.w + (in.w - 1 - x));
      case 3:
        return remap(image, in, in.resized(in.w, in.h), (y, x) -> (in.h - 1 - x) * in.w + y);
      default:
        return image.copy();
    }
  }

  /** Padded with zeros ({@link PadMode#CONSTANT}, value 0). */
  public static Tensor pad(Tensor image, int top, int bottom, int left, int right) {
    return pad(image, top, bottom, left, right, PadMode.CONSTANT, 0f);
  }

  /**
   * Padded by {@code top, bottom} rows and {@code left, right} columns, filled as {@code mode} says
   * ({@code value} is used by {@link PadMode#CONSTANT} only). {@link PadMode#REFLECT} needs each
   * pad smaller than the side it mirrors.
   */
  public static Tensor pad(
      Tensor image, int top, int bottom, int left, int right, PadMode mode, float value) {
    Layout in = Layout.of("pad", image);
    if (top < 0 || bottom < 0 || left < 0 || right < 0 || mode == null) {
      throw new IllegalArgumentException(
          "pad: expected pads >= 0 and a mode, got top="
              + top
              + ", bottom="
              + bottom
              + ", left="
              + left
              + ", right="
              + right
              + ", mode="
              + mode);
    }
    if (mode == PadMode.REFLECT
        && (Math.max(top, bottom) >= in.h || Math.max(left, right) >= in.w)) {
      throw new IllegalArgumentException(
          "pad: expected REFLECT pads below the image size "
              + in.h
              + "x"
              + in.w
              + ", got top="
              + top
              + ", bottom="
              + bottom
              + ", left="
              + left
              + ", right="
              + right
              + ". Use EDGE or CONSTANT for wider borders");
    }
    Layout out = in.resized(top + in.h + bottom, left + in.w + right);
    if (mode == PadMode.CONSTANT) {
      Arrays.fill(out.data, value);
      return paste(image, in, out, top, left);
    }
    return remap(
        image,
        in,
        out,
        (y, x) -> source(y - top, in.h, mode) * in.w + source(x - left, in.w, mode));
  }

  private static int source(int i, int n, PadMode mode) {
    if (mode == PadMode.EDGE) {
      return Math.max(0, Math.min(n - 1, i));
    }
    if (i < 0) {
      return -i;
    }
    return i >= n ? 2 * (n - 1) - i : i;
  }

  private static Tensor paste(Tensor image, Layout in, Layout out, int top, int left) {
    int rowLength = in.w * in.c;
    float[] src = image.toArray();
    for (int y = 0; y < in.h; y++) {
      System.arraycopy(src, y * rowLength, out.data, ((top + y) * out.w + left) * in.c, rowLength);
    }
    return out.tensor();
  }

  /** The pixel index {@code y * w + x} of the input pixel that output pixel (y, x) copies. */
  @FunctionalInterface
  private interface PixelMap {
    int source(int y, int x);
  }

  private static Tensor remap(Tensor image, Layout in, Layout out, PixelMap map) {
    float[] src = image.toArray();
    int c = in.c;
    for (int y = 0; y < out.h; y++) {
      for (int x = 0; x < out.w; x++) {
        System.arraycopy(src, map.source(y, x) * c, out.data, (y * out.w + x) * c, c);
      }
    }
    return out.tensor();
  }
}
