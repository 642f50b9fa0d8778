package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * Resizes an image {@code [h, w, c]} (or {@code [h, w]}) to {@code [height, width, c]} with
 * OpenCV's {@code cv2.resize} conventions, so results agree with OpenCV within one grey level
 * (OpenCV rounds 8-bit results and uses 11-bit fixed-point weights; Fovea keeps floats).
 *
 * <p>With {@code scale = src / dst} along each axis:
 *
 * <ul>
 *   <li>{@link Interpolation#NEAREST} ({@code INTER_NEAREST}): {@code s = min(floor(d * scale), src
 *       - 1)}.
 *   <li>{@link Interpolation#BILINEAR} ({@code INTER_LINEAR}): half-pixel centres, {@code f = (d +
 *       0.5) * scale - 0.5}, {@code s = floor(f)}, weights {@code 1 - (f - s)} and {@code f - s} on
 *       {@code s, s + 1}; {@code f < 0} and {@code s >= src - 1} clamp to the edge pixel.
 *   <li>{@link Interpolation#AREA} ({@code INTER_AREA}): when shrinking (both scales >= 1), each
 *       output pixel is the mean of the input area {@code [d * scale, (d + 1) * scale)} it covers,
 *       partly covered pixels weighted by the covered fraction (a plain box mean for integer
 *       factors); when enlarging, OpenCV's bilinear variant with {@code s = floor(d * scale)} and
 *       {@code f = (d + 1) - (s + 1) / scale}, wrapped into {@code [0, 1)}.
 * </ul>
 *
 * Both axes are resampled separately, columns first, as OpenCV does.
 */
public final class Resize {

  /** The resampling method. */
  public enum Interpolation {
    NEAREST,
    BILINEAR,
    AREA
  }

  private Resize() {}

  /** {@code image} resized bilinearly to {@code [height, width, c]}. */
  public static Tensor resize(Tensor image, int height, int width) {
    return resize(image, height, width, Interpolation.BILINEAR);
  }

  /** {@code image} resized to {@code [height, width, c]} with {@code method}. */
  public static Tensor resize(Tensor image, int height, int width, Interpolation method) {
    Layout in = Layout.of("resize", image);
    if (height <= 0 || width <= 0 || method == null) {
      throw new IllegalArgumentException(
          "resize: expected height > 0, width > 0 and a method,"
              + " got "
              + height
              + "x"
              + width
              + ", "
              + method
              + " for shape "
              + image.shape());
    }
    boolean area = method == Interpolation.AREA && height <= in.h && width <= in.w;
    Taps cols = taps(in.w, width, method, area);
    Taps rows = taps(in.h, height, method, area);
    float[] tmp = new float[in.h * width * in.c];
    resampleColumns(image, in, cols, width, tmp);
    Layout out = in.resized(height, width);
    resampleRows(tmp, rows, width * in.c, out.data);
    return out.tensor();
  }

  private static Taps taps(int src, int dst, Interpolation method, boolean shrinkArea) {
    switch (method) {
      case NEAREST:
        return Taps.nearest(src, dst);
      case BILINEAR:
        return Taps.linear(src, dst, false);
      default:
        return shrinkArea ? Taps.area(src, dst) : Taps.linear(src, dst, true);
    }
  }

  private static void resampleColumns(Tensor image, Layout in, Taps cols, int width, float[] tmp) {
    float[] x = image.toArray();
    int c = in.c;
    for (int y = 0; y < in.h; y++) {
      int rowIn = y * in.w * c;
      int rowOut = y * width * c;
      for (int d = 0; d < width; d++) {
        int[] index = cols.index[d];
        float[] weight = cols.weight[d];
        for (int ch = 0; ch < c; ch++) {
          double sum = 0;
          for (int k = 0; k < index.length; k++) {
            sum += weight[k] * x[rowIn + index[k] * c + ch];
          }
          tmp[rowOut + d * c + ch] = (float) sum;
        }
      }
    }
  }

  private static void resampleRows(float[] tmp, Taps rows, int rowLength, float[] out) {
    for (int d = 0; d < rows.index.length; d++) {
      int[] index = rows.index[d];
      float[] weight = rows.weight[d];
      for (int i = 0; i < rowLength; i++) {
        double sum = 0;
        for (int k = 0; k < index.length; k++) {
          sum += weight[k] * tmp[index[k] * rowLength + i];
        }
        out[d * rowLength + i] = (float) sum;
      }
    }
  }
}
