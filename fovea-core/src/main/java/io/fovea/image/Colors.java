package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * Colour conversions of an image {@code [h, w, c]}: grayscale, channel split and merge, and the
 * RGB/BGR swap.
 *
 * <p>Grayscale by luminosity uses ITU-R BT.601 weights, as OpenCV's {@code COLOR_RGB2GRAY} and
 * PIL's {@code convert("L")}: {@code Y = 0.299 R + 0.587 G + 0.114 B}. Grayscale by average is
 * {@code (R + G + B) / 3}, the course's {@code flatten=True}. Both take RGB or RGBA (alpha is
 * ignored) and return {@code [h, w, 1]}; a gray or gray+alpha input returns its gray channel.
 * Values are not rounded, so a 0..255 input gives fractional levels where OpenCV would round.
 */
public final class Colors {

  private Colors() {}

  /** {@code [h, w, 3 or 4] -> [h, w, 1]}: {@code 0.299 R + 0.587 G + 0.114 B}. */
  public static Tensor toGray(Tensor rgb) {
    return weighted("toGray", rgb, 0.299f, 0.587f, 0.114f);
  }

  /** {@code [h, w, 3 or 4] -> [h, w, 1]}: {@code (R + G + B) / 3}. */
  public static Tensor toGrayAverage(Tensor rgb) {
    return weighted("toGrayAverage", rgb, Float.NaN, 0f, 0f);
  }

  /** Weighted sum of R, G, B; a NaN {@code wr} means the plain average (summed, then / 3). */
  private static Tensor weighted(String where, Tensor image, float wr, float wg, float wb) {
    Layout in = Layout.of(where, image);
    Layout out = in.withChannels(1);
    float[] x = image.toArray();
    int c = in.c;
    for (int p = 0; p < in.h * in.w; p++) {
      int i = p * c;
      if (c < 3) {
        out.data[p] = x[i];
      } else if (Float.isNaN(wr)) {
        out.data[p] = (x[i] + x[i + 1] + x[i + 2]) / 3f;
      } else {
        out.data[p] = wr * x[i] + wg * x[i + 1] + wb * x[i + 2];
      }
    }
    return out.tensor();
  }

  /**
   * The channels of {@code image [h, w, c]} as {@code c} tensors {@code [h, w]}, like {@code
   * cv2.split}.
   */
  public static Tensor[] split(Tensor image) {
    Layout in = Layout.of("split", image);
    Tensor[] channels = new Tensor[in.c];
    float[] x = image.toArray();
    for (int ch = 0; ch < in.c; ch++) {
      float[] plane = new float[in.h * in.w];
      for (int p = 0; p < plane.length; p++) {
        plane[p] = x[p * in.c + ch];
      }
      channels[ch] = Tensor.wrap(plane, in.h, in.w);
    }
    return channels;
  }

  /**
   * One image {@code [h, w, n]} from {@code n} channels, each {@code [h, w]} or {@code [h, w, 1]},
   * like {@code cv2.merge}.
   */
  public static Tensor merge(Tensor... channels) {
    if (channels == null || channels.length == 0) {
      throw new IllegalArgumentException("merge: expected at least one channel, got none");
    }
    Layout first = Layout.of("merge", channels[0]);
    int n = channels.length;
    float[] out = new float[first.h * first.w * n];
    for (int ch = 0; ch < n; ch++) {
      Layout l = Layout.of("merge", channels[ch]);
      if (l.h != first.h || l.w != first.w || l.c != 1) {
        throw new IllegalArgumentException(
            "merge: expected every channel of shape ["
                + first.h
                + ", "
                + first.w
                + "] or ["
                + first.h
                + ", "
                + first.w
                + ", 1], got "
                + channels[ch].shape()
                + " for channel "
                + ch);
      }
      float[] values = channels[ch].toArray();
      for (int p = 0; p < values.length; p++) {
        out[p * n + ch] = values[p];
      }
    }
    return Tensor.wrap(out, first.h, first.w, n);
  }

  /**
   * RGB(A) to BGR(A) or back (the same swap of channels 0 and 2), like {@code cv2.cvtColor(image,
   * cv2.COLOR_RGB2BGR)}; {@code [h, w, 3 or 4]} in and out.
   */
  public static Tensor swapRedBlue(Tensor image) {
    Layout in = Layout.of("swapRedBlue", image);
    if (in.c != 3 && in.c != 4) {
      throw new IllegalArgumentException(
          "swapRedBlue: expected 3 or 4 channels, got shape " + image.shape());
    }
    float[] values = image.toArray();
    swapRedBlueInPlace(values, in.c);
    return Tensor.wrap(values, image.shape().dims());
  }

  /** Swaps channels 0 and 2 of every pixel of a dense {@code [.., c]} array. */
  static void swapRedBlueInPlace(float[] data, int c) {
    for (int i = 0; i + 2 < data.length; i += c) {
      float r = data[i];
      data[i] = data[i + 2];
      data[i + 2] = r;
    }
  }
}
