package io.fovea.plot;

import io.fovea.tensor.Tensor;

/**
 * The sizes of a batch of images {@code [n, h, w]} (gray), {@code [n, h, w, 1]} or {@code [n, h, w,
 * 3]}, checked at the edge of the image figures.
 */
final class Batch {

  final int n;
  final int h;
  final int w;
  final int c;

  private Batch(int n, int h, int w, int c) {
    this.n = n;
    this.h = h;
    this.w = w;
    this.c = c;
  }

  static Batch of(String where, Tensor images) {
    if (images == null) {
      throw new IllegalArgumentException(where + ": expected images, got null");
    }
    int[] d = images.shape().dims();
    boolean ok = d.length == 3 || d.length == 4 && (d[3] == 1 || d[3] == 3);
    if (!ok || d[0] == 0 || d[1] == 0 || d[2] == 0) {
      throw new IllegalArgumentException(
          where
              + ": expected images [n, h, w], [n, h, w, 1] or"
              + " [n, h, w, 3] with n, h, w >= 1, got shape "
              + images.shape());
    }
    return new Batch(d[0], d[1], d[2], d.length == 3 ? 1 : d[3]);
  }
}
