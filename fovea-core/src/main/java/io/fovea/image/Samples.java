package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Copies the samples of a decoded raster into a tensor {@code [h, w, c]}, scaling each band by its
 * own bit depth, then drops alpha or swaps to BGR as {@link ReadOptions} asks.
 */
final class Samples {

  private Samples() {}

  /** Whether the raster's bands are already gray, gray+alpha, RGB or RGBA samples. */
  static boolean isPlain(ColorModel cm) {
    int type = cm.getColorSpace().getType();
    boolean known = type == ColorSpace.TYPE_RGB || type == ColorSpace.TYPE_GRAY;
    return known && (cm instanceof ComponentColorModel || cm instanceof DirectColorModel);
  }

  /** Raw samples, band {@code b} divided by {@code 2^bits(b) - 1}. */
  static Tensor fromRaster(Raster raster, ColorModel cm, ReadOptions options) {
    int h = raster.getHeight();
    int w = raster.getWidth();
    int c = raster.getNumBands();
    float unit = unit(options);
    float[] max = new float[c];
    for (int b = 0; b < c; b++) {
      max[b] = (1L << cm.getComponentSize(b)) - 1;
    }
    float[] out = new float[h * w * c];
    int[] row = new int[w * c];
    for (int y = 0; y < h; y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
      for (int i = 0; i < row.length; i++) {
        out[y * w * c + i] = row[i] * unit / max[i % c];
      }
    }
    return finish(out, h, w, c, cm.hasAlpha(), options);
  }

  /** Palette indices looked up: gray for a gray-type PNG, else RGB or RGBA. */
  static Tensor fromPalette(Raster raster, IndexColorModel cm, boolean gray, ReadOptions opts) {
    int h = raster.getHeight();
    int w = raster.getWidth();
    boolean alpha = !gray && cm.getTransparency() != Transparency.OPAQUE;
    int c = gray ? 1 : alpha ? 4 : 3;
    float unit = unit(opts);
    float[] out = new float[h * w * c];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      raster.getSamples(raster.getMinX(), raster.getMinY() + y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        int p = (y * w + x) * c;
        int index = row[x];
        out[p] = cm.getRed(index) * unit / 255f;
        if (!gray) {
          out[p + 1] = cm.getGreen(index) * unit / 255f;
          out[p + 2] = cm.getBlue(index) * unit / 255f;
        }
        if (alpha) {
          out[p + 3] = cm.getAlpha(index) * unit / 255f;
        }
      }
    }
    return finish(out, h, w, c, alpha, opts);
  }

  /** Any other colour model, converted by Java2D to 8-bit sRGB (with alpha when it has one). */
  static Tensor fromRgb(BufferedImage image, ReadOptions options) {
    boolean alpha = image.getColorModel().hasAlpha();
    BufferedImage rgb =
        new BufferedImage(
            image.getWidth(),
            image.getHeight(),
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(image, 0, 0, null);
    return fromRaster(rgb.getRaster(), rgb.getColorModel(), options);
  }

  private static float unit(ReadOptions options) {
    return options.range() == ValueRange.BYTES ? 255f : 1f;
  }

  private static Tensor finish(
      float[] data, int h, int w, int c, boolean alpha, ReadOptions options) {
    int keep = alpha && !options.keepAlpha() ? c - 1 : c;
    float[] out = data;
    if (keep != c) {
      out = new float[h * w * keep];
      for (int p = 0; p < h * w; p++) {
        System.arraycopy(data, p * c, out, p * keep, keep);
      }
    }
    if (keep >= 3 && options.order() == ReadOptions.ChannelOrder.BGR) {
      Colors.swapRedBlueInPlace(out, keep);
    }
    return Tensor.wrap(out, h, w, keep);
  }
}
