package io.fovea.tensor;

import java.util.Arrays;

/**
 * The image operations behind {@link Tensor#fillRegion} and {@link Tensor#channel}, on
 * channels-last tensors {@code [height, width, channels]} or {@code [batch, height, width,
 * channels]}.
 */
final class ImageRegions {

  private ImageRegions() {}

  /**
   * Sets pixels {@code rows [rowFrom, rowTo) x cols [colFrom, colTo)} of every image to {@code
   * values}, one value per channel (or a single value for all channels); a gray {@code [h, w]}
   * image counts as {@code [h, w, 1]}.
   */
  static void fillRegion(Tensor t, int rowFrom, int rowTo, int colFrom, int colTo, float[] values) {
    int rank = t.rank();
    if (rank < 2 || rank > 4) {
      throw new IllegalArgumentException(
          "fillRegion: expected a gray image [height, width], an image [height, width, channels]"
              + " or a batch [batch, height, width, channels], got shape "
              + t.shape());
    }
    // A gray [h, w] image is laid out as [h, w, 1].
    boolean gray = rank == 2;
    int h = t.shape().dim(gray ? 0 : rank - 3);
    int w = t.shape().dim(gray ? 1 : rank - 2);
    int c = gray ? 1 : t.shape().dim(rank - 1);
    checkRange("fillRegion", "rows", rowFrom, rowTo, h, t);
    checkRange("fillRegion", "cols", colFrom, colTo, w, t);
    if (values == null || (values.length != c && values.length != 1)) {
      throw new IllegalArgumentException(
          "fillRegion: expected "
              + c
              + " channel values (or 1)"
              + " for shape "
              + t.shape()
              + ", got "
              + (values == null ? "null" : values.length + " " + Arrays.toString(values)));
    }
    int images = rank == 4 ? t.shape().dim(0) : 1;
    float[] data = t.data();
    for (int n = 0; n < images; n++) {
      for (int y = rowFrom; y < rowTo; y++) {
        for (int x = colFrom; x < colTo; x++) {
          int pixel = t.offset() + ((n * h + y) * w + x) * c;
          for (int ch = 0; ch < c; ch++) {
            data[pixel + ch] = values[values.length == 1 ? 0 : ch];
          }
        }
      }
    }
  }

  /** A new tensor with channel {@code ch} only: {@code [..., h, w, c] -> [..., h, w]}. */
  static Tensor channel(Tensor t, int ch) {
    requireImage("channel", t);
    int c = t.shape().dim(-1);
    if (ch < 0 || ch >= c) {
      throw new IndexOutOfBoundsException(
          "channel: expected a channel in [0, " + c + ") for shape " + t.shape() + ", got " + ch);
    }
    Tensor out = Tensor.zeros(t.shape().without(-1));
    float[] x = t.data();
    float[] y = out.data();
    for (int i = 0; i < y.length; i++) {
      y[i] = x[t.offset() + i * c + ch];
    }
    return out;
  }

  private static void requireImage(String where, Tensor t) {
    if (t.rank() != 3 && t.rank() != 4) {
      throw new IllegalArgumentException(
          where
              + ": expected an image [height, width, channels]"
              + " or a batch [batch, height, width, channels], got shape "
              + t.shape());
    }
  }

  private static void checkRange(String where, String what, int from, int to, int n, Tensor t) {
    if (from < 0 || to > n || from > to) {
      throw new IndexOutOfBoundsException(
          where
              + ": expected "
              + what
              + " 0 <= from <= to <= "
              + n
              + " for shape "
              + t.shape()
              + ", got "
              + from
              + ".."
              + to);
    }
  }
}
