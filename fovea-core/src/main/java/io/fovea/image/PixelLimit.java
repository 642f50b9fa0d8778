package io.fovea.image;

import java.math.BigInteger;
import java.nio.file.Path;

/**
 * The largest image, in pixels {@code width * height}, that Fovea decodes, checked from the image's
 * header before any pixel buffer exists, so that a small file declaring a huge image (a
 * "decompression bomb") is refused in milliseconds instead of taking minutes and gigabytes.
 *
 * <p>The default, {@value #DEFAULT} pixels (about 13,377 x 13,377), is Pillow's: it warns above
 * 89,478,485 pixels and refuses above twice that ({@code Image.MAX_IMAGE_PIXELS},
 * DecompressionBombError). {@code -Dfovea.maxImagePixels=N} changes it for the whole JVM; {@link
 * ReadOptions#withMaxPixels(long)} for one read.
 */
final class PixelLimit {

  /** The system property that replaces the default. */
  static final String PROPERTY = "fovea.maxImagePixels";

  /** Pillow's limit: {@code 2 * 89,478,485}. */
  static final long DEFAULT = 178_956_970L;

  private PixelLimit() {}

  /**
   * The limit from {@code -Dfovea.maxImagePixels}, else {@link #DEFAULT}; read at each call (not
   * once) so that a test or an application can change it while running.
   */
  static long fromProperty() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    try {
      long max = Long.parseLong(value.trim());
      if (max >= 1) {
        return max;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below, which shows the value
    }
    throw new IllegalArgumentException(
        "-D" + PROPERTY + ": expected a whole number of pixels of at least 1, got '" + value + "'");
  }

  /**
   * Refuses an image of {@code width x height} (as its header declares them; a PNG's are unsigned
   * 32-bit, hence {@code long}) when either is below 1 or their product exceeds {@code max}. The
   * product is exact, so no overflow lets a huge image through.
   *
   * @param hint how to raise the limit, for the message
   */
  static void check(Path file, long width, long height, long max, String hint)
      throws ImageFileException {
    if (width <= 0 || height <= 0) {
      throw new ImageFileException(
          file,
          "expected a width and height of at least 1 pixel in the header, got "
              + width
              + "x"
              + height);
    }
    BigInteger pixels = BigInteger.valueOf(width).multiply(BigInteger.valueOf(height));
    if (pixels.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new ImageFileException(
          file,
          "expected at most "
              + max
              + " pixels ("
              + hint
              + "), got "
              + width
              + "x"
              + height
              + " = "
              + pixels
              + " pixels");
    }
  }

  /** How to raise the limit a read used: the option when it was set, else the property. */
  static String hint(boolean fromOptions) {
    return fromOptions
        ? "raise it with ReadOptions.withMaxPixels"
        : "set -D" + PROPERTY + " to raise it";
  }
}
