package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * The height, width and channels of an image {@code [h, w, c]} or {@code [h, w]} (one channel),
 * with an output buffer for a new image of the same rank.
 */
final class Layout {

  final int h;
  final int w;
  final int c;
  final boolean planar;
  final float[] data;

  private Layout(int h, int w, int c, boolean planar, float[] data) {
    this.h = h;
    this.w = w;
    this.c = c;
    this.planar = planar;
    this.data = data;
  }

  /** The layout of {@code image}; throws if it is not {@code [h, w]} or {@code [h, w, c]}. */
  static Layout of(String where, Tensor image) {
    if (image == null || (image.rank() != 2 && image.rank() != 3) || image.size() == 0) {
      throw new IllegalArgumentException(
          where
              + ": expected an image [height, width, channels]"
              + " or [height, width], got "
              + (image == null ? "null" : "shape " + image.shape()));
    }
    int c = image.rank() == 3 ? image.shape().dim(2) : 1;
    return new Layout(image.shape().dim(0), image.shape().dim(1), c, image.rank() == 2, null);
  }

  /** A new zeroed image {@code [h, w, c]} (or {@code [h, w]}) with this rank and channels. */
  Layout resized(int newH, int newW) {
    return new Layout(newH, newW, c, planar, new float[newH * newW * c]);
  }

  /** A new image with {@code channels} channels, of rank 3. */
  Layout withChannels(int channels) {
    return new Layout(h, w, channels, false, new float[h * w * channels]);
  }

  /** The output buffer as a tensor. */
  Tensor tensor() {
    return planar ? Tensor.wrap(data, h, w) : Tensor.wrap(data, h, w, c);
  }
}
