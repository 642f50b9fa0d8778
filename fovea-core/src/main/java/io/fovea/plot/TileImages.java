package io.fovea.plot;

import io.fovea.image.ColorMap;
import java.awt.image.BufferedImage;

/**
 * Turns planes of floats into small {@link BufferedImage}s, one pixel per value, for the tiles of
 * the image figures.
 *
 * <p>Fixed range (images): values are divided by {@code 255} when the range is {@code BYTES} and
 * then clipped to {@code [0, 1]}, as {@code Images.write} does. Own range (filters, feature maps):
 * {@code (x - min) / (max - min)} over the plane, and 0 when {@code max == min}, as matplotlib's
 * {@code Normalize}.
 */
final class TileImages {

  private TileImages() {}

  /**
   * The scale factor for values: {@code 1 / 255} when any value exceeds 1 (0..255 data, as
   * matplotlib assumes for integer images), else 1 (floats in {@code [0, 1]}).
   */
  static float unitScale(float[] values) {
    for (float v : values) {
      if (v > 1f) {
        return 1f / 255;
      }
    }
    return 1f;
  }

  /**
   * An image {@code h x w} from {@code c} interleaved channels ({@code c} = 1 gray, 3 RGB) starting
   * at {@code off}, each value times {@code scale}, clipped to {@code [0, 1]}.
   */
  static BufferedImage fixed(float[] x, int off, int h, int w, int c, float scale) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int xx = 0; xx < w; xx++) {
        int i = off + (y * w + xx) * c;
        int r = level(x[i] * scale);
        int rgb =
            c == 1
                ? r << 16 | r << 8 | r
                : r << 16 | level(x[i + 1] * scale) << 8 | level(x[i + 2] * scale);
        out.setRGB(xx, y, rgb);
      }
    }
    return out;
  }

  /** One channel {@code ch} of {@code c} interleaved, times {@code scale}, tinted by mask. */
  static BufferedImage tinted(float[] x, int h, int w, int c, int ch, float scale, int mask) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int p = 0; p < h * w; p++) {
      int v = level(x[p * c + ch] * scale);
      out.setRGB(p % w, p / w, (v << 16 | v << 8 | v) & mask);
    }
    return out;
  }

  /**
   * An image {@code h x w} of the plane {@code x[off + (y * w + x) * stride]}, normalised to its
   * own min..max and coloured by {@code map}.
   */
  static BufferedImage normalised(float[] x, int off, int stride, int h, int w, ColorMap map) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int p = 0; p < h * w; p++) {
      float v = x[off + p * stride];
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    float range = max - min;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int p = 0; p < h * w; p++) {
      float u = range > 0f ? (x[off + p * stride] - min) / range : 0f;
      out.setRGB(p % w, p / w, map.rgb(u));
    }
    return out;
  }

  /**
   * An RGB image of a kernel {@code [h, w, 3]} slice at {@code off} with channel stride {@code cs}
   * and pixel stride {@code ps}, normalised over all three channels together.
   */
  static BufferedImage normalisedRgb(float[] x, int off, int ps, int cs, int h, int w) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int p = 0; p < h * w; p++) {
      for (int ch = 0; ch < 3; ch++) {
        float v = x[off + p * ps + ch * cs];
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    float range = max - min;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int p = 0; p < h * w; p++) {
      int rgb = 0;
      for (int ch = 0; ch < 3; ch++) {
        float u = range > 0f ? (x[off + p * ps + ch * cs] - min) / range : 0f;
        rgb = rgb << 8 | level(u);
      }
      out.setRGB(p % w, p / w, rgb);
    }
    return out;
  }

  /** {@code u} in {@code [0, 1]} (clipped; NaN gives 0) as 0..255, rounded. */
  static int level(float u) {
    float v = u >= 1f ? 1f : u > 0f ? u : 0f;
    return Math.round(v * 255);
  }
}
