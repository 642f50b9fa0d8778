package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * Moves channels-last images to and from channel planes {@code [c, h, w]}, which the kernels see as
 * a batch of {@code c} one-channel images, so that one 2-D kernel filters every channel in a single
 * call.
 *
 * <p>A gray image is {@code [h, w]} ({@code c = 1}, {@code rank = 2}) or {@code [h, w, 1]}; a
 * colour image {@code [h, w, c]}. Results keep the rank of the input.
 */
final class Planes {

  /** The sizes of an image tensor. */
  record Layout(int h, int w, int c, int rank) {

    /** The layout of {@code image}, or an error naming {@code where}. */
    static Layout of(String where, Tensor image) {
      if (image == null) {
        throw new IllegalArgumentException(where + ": expected an image, got null");
      }
      int[] d = image.shape().dims();
      if (image.rank() == 2 && d[0] > 0 && d[1] > 0) {
        return new Layout(d[0], d[1], 1, 2);
      }
      if (image.rank() == 3 && d[0] > 0 && d[1] > 0 && d[2] > 0) {
        return new Layout(d[0], d[1], d[2], 3);
      }
      throw new IllegalArgumentException(
          where
              + ": expected a non-empty image [height, width]"
              + " or [height, width, channels], got shape "
              + image.shape());
    }

    /** A tensor of this rank and channel count with the given height and width. */
    Tensor wrap(float[] values, int height, int width) {
      return rank == 2 ? Tensor.wrap(values, height, width) : Tensor.wrap(values, height, width, c);
    }
  }

  private Planes() {}

  /**
   * The channel planes of {@code image}, each extended by {@code top, bottom, left, right} pixels
   * taken as {@code border} says: {@code [c, h + top + bottom, w + left + right]}.
   */
  static float[] padded(
      Tensor image, Layout l, Border border, int top, int bottom, int left, int right) {
    int ph = l.h() + top + bottom;
    int pw = l.w() + left + right;
    int[] cols = new int[pw];
    for (int x = 0; x < pw; x++) {
      cols[x] = border.index(x - left, l.w());
    }
    float[] src = image.toArray();
    float[] out = new float[l.c() * ph * pw];
    for (int ch = 0; ch < l.c(); ch++) {
      for (int y = 0; y < ph; y++) {
        int sy = border.index(y - top, l.h());
        if (sy >= 0) {
          copyRow(src, sy * l.w() * l.c() + ch, l, cols, left, out, (ch * ph + y) * pw);
        }
      }
    }
    return out;
  }

  /** One padded row of one channel; {@code -1} in {@code cols} leaves the zero in place. */
  private static void copyRow(
      float[] src, int rowStart, Layout l, int[] cols, int left, float[] out, int outStart) {
    int c = l.c();
    if (c == 1) {
      System.arraycopy(src, rowStart, out, outStart + left, l.w());
    } else {
      for (int x = 0; x < l.w(); x++) {
        out[outStart + left + x] = src[rowStart + x * c];
      }
    }
    for (int x = 0; x < cols.length; x = x == left - 1 ? left + l.w() : x + 1) {
      if (x < left || x >= left + l.w()) {
        if (cols[x] >= 0) {
          out[outStart + x] = src[rowStart + cols[x] * c];
        }
      }
    }
  }

  /** Interleaves planes {@code [c, h, w]} back into a channels-last image of {@code l}'s rank. */
  static Tensor interleave(float[] planes, Layout l, int h, int w) {
    int c = l.c();
    if (c == 1) {
      return l.wrap(planes, h, w);
    }
    float[] out = new float[planes.length];
    int plane = h * w;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < plane; i++) {
        out[i * c + ch] = planes[ch * plane + i];
      }
    }
    return l.wrap(out, h, w);
  }
}
