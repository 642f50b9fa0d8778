package io.fovea.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file into the pixels of a flow: 0..255 floats {@code [h, w, c]}, resized by
 * nearest neighbour as Keras's {@code load_img} (PIL: source pixel {@code floor((x + 0.5) *
 * in / out)}), converted to RGB or to grey by PIL's "L" weights {@code (19595 r + 38470 g +
 * 7471 b + 32768) >> 16}. Alpha is dropped, as PIL's {@code convert("RGB")}.
 */
final class ImageFiles {

  private ImageFiles() {}

  /** Whether {@code file} has a format ImageIO can decode and a readable header. */
  static boolean readable(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The pixels of {@code file} resized to {@code h x w}, with 1 ({@code gray}) or 3 channels. */
  static float[] read(Path file, int h, int w, boolean gray) throws IOException {
    BufferedImage img = decode(file);
    int srcW = img.getWidth();
    int srcH = img.getHeight();
    ColorModel cm = img.getColorModel();
    Raster raster = img.getRaster();
    int bands = raster.getNumBands();
    // Rasters of plain grey or RGB(A) hold the values to use; anything else (palettes, CMYK)
    // goes through getRGB, which converts to sRGB.
    boolean direct = cm instanceof ComponentColorModel && bands <= 4
        && cm.getColorSpace().isCS_sRGB() == (bands >= 3);
    int bits = direct ? cm.getComponentSize(0) : 8;
    float scale = bits == 8 ? 1f : 255f / ((1 << bits) - 1);
    int c = gray ? 1 : 3;
    float[] out = new float[h * w * c];
    int[] row = new int[srcW * (direct ? bands : 1)];
    int[] rgb = new int[3];
    for (int y = 0; y < h; y++) {
      int sy = Math.min(srcH - 1, (int) ((y + 0.5) * srcH / h));
      if (direct) {
        raster.getPixels(0, sy, srcW, 1, row);
      } else {
        img.getRGB(0, sy, srcW, 1, row, 0, srcW);
      }
      for (int x = 0; x < w; x++) {
        int sx = Math.min(srcW - 1, (int) ((x + 0.5) * srcW / w));
        pixel(row, sx, direct, bands, scale, rgb);
        int at = (y * w + x) * c;
        if (gray) {
          out[at] = (rgb[0] * 19595 + rgb[1] * 38470 + rgb[2] * 7471 + 0x8000) >> 16;
        } else {
          out[at] = rgb[0];
          out[at + 1] = rgb[1];
          out[at + 2] = rgb[2];
        }
      }
    }
    return out;
  }

  private static void pixel(int[] row, int sx, boolean direct, int bands, float scale,
      int[] rgb) {
    if (!direct) {
      int p = row[sx];
      rgb[0] = (p >> 16) & 0xFF;
      rgb[1] = (p >> 8) & 0xFF;
      rgb[2] = p & 0xFF;
    } else if (bands <= 2) {
      int v = Math.round(row[sx * bands] * scale);
      rgb[0] = v;
      rgb[1] = v;
      rgb[2] = v;
    } else {
      for (int k = 0; k < 3; k++) {
        rgb[k] = Math.round(row[sx * bands + k] * scale);
      }
    }
  }

  /** The one place that decodes a file; it moves to io.fovea.image's reader when that lands. */
  private static BufferedImage decode(Path file) throws IOException {
    BufferedImage img = ImageIO.read(file.toFile());
    if (img == null) {
      throw new IOException(file + ": expected an image ImageIO can read, got an unknown format");
    }
    return img;
  }
}
