package io.fovea.data;

import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image file into the pixels of a flow: 0..255 floats {@code [h, w, c]}, resized by
 * nearest neighbour as Keras's {@code load_img} (PIL: source pixel {@code floor((x + 0.5) * in /
 * out)}), converted to RGB or to grey by PIL's "L" weights {@code (19595 r + 38470 g + 7471 b +
 * 32768) >> 16}. Alpha is dropped, as PIL's {@code convert("RGB")}. Files decode through {@link
 * Images#read}; Fovea's {@code Resize} follows OpenCV's pixel convention, which for nearest
 * neighbour differs from PIL's, hence the resize here.
 */
final class ImageFiles {

  private static final Set<String> DECODED = Set.of("png", "jpeg", "jpg", "bmp", "gif");

  /** A leading Java class name, as {@code Throwable.toString()} puts before a message. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|$)");

  private ImageFiles() {}

  /**
   * Why {@code e} happened, in words for a user: its message (or its first cause's), without the
   * Java class names that wrapped exceptions put in front of it.
   */
  static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException) {
        return "no such file";
      }
      if (t instanceof AccessDeniedException) {
        return "permission denied";
      }
      String text = t.getMessage();
      while (text != null && CLASS_NAME.matcher(text).find()) {
        text = CLASS_NAME.matcher(text).replaceFirst("");
      }
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return "the decoder gave no reason";
  }

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
        // Only the formats io.fovea.image decodes; ImageIO alone would also pass TIFF.
        return DECODED.contains(reader.getFormatName().toLowerCase(Locale.ROOT))
            && reader.getWidth(0) > 0
            && reader.getHeight(0) > 0;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The pixels of {@code file} resized to {@code h x w}, with 1 ({@code gray}) or 3 channels. */
  static float[] read(Path file, int h, int w, boolean gray) throws IOException {
    Tensor img = decode(file);
    int srcH = img.shape().dim(0);
    int srcW = img.shape().dim(1);
    int srcC = img.shape().dim(2);
    float[] src = img.toArray();
    int c = gray ? 1 : 3;
    float[] out = new float[h * w * c];
    for (int y = 0; y < h; y++) {
      int sy = Math.min(srcH - 1, (int) ((y + 0.5) * srcH / h));
      for (int x = 0; x < w; x++) {
        int sx = Math.min(srcW - 1, (int) ((x + 0.5) * srcW / w));
        int from = (sy * srcW + sx) * srcC;
        int at = (y * w + x) * c;
        if (srcC == 1) {
          for (int k = 0; k < c; k++) {
            out[at + k] = src[from];
          }
        } else if (gray) {
          int r = Math.round(src[from]);
          int g = Math.round(src[from + 1]);
          int b = Math.round(src[from + 2]);
          out[at] = (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
        } else {
          System.arraycopy(src, from, out, at, 3);
        }
      }
    }
    return out;
  }

  /**
   * The one place that decodes a file: io.fovea.image's reader, 0..255, without alpha and without
   * applying EXIF orientation (PIL's {@code open}, which Keras uses, ignores it).
   */
  private static Tensor decode(Path file) throws IOException {
    return Images.read(file, ReadOptions.bytes().withAlpha(false).withExifOrientation(false));
  }
}
