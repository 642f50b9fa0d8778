package io.fovea.image;

/**
 * The width and height a PNG or BMP header declares, read from the bytes before any decoder runs.
 * Decoders check these themselves in ways of their own (ImageIO's PNG reader refuses widths above
 * 2^31 - 1, its BMP reader sizes that do not fit an {@code int} buffer, with messages that do not
 * say the image is too large), so the pixel limit is checked on them first; for JPEG and GIF the
 * decoder's header (start of frame, image descriptor) is read through {@code ImageReader.getWidth}.
 */
final class DeclaredSize {

  // BMP: file header (14 bytes), then the DIB header: its size (4), then width, height.
  private static final int BMP_DIB_AT = 14;
  private static final int BMP_CORE_HEADER = 12;

  private DeclaredSize() {}

  /**
   * {@code {width, height}} from the header of {@code b}, or null when the format is not PNG or BMP
   * or the header is too short to hold them (the decoder then reports the truncation). A PNG must
   * have passed {@link PngCheck#ihdrProblem}.
   */
  static long[] of(Format format, byte[] b) {
    if (format == Format.PNG) {
      return new long[] {PngCheck.width(b), PngCheck.height(b)};
    }
    if (format != Format.BMP || b.length < BMP_DIB_AT + 4) {
      return null;
    }
    if (littleInt(b, BMP_DIB_AT) == BMP_CORE_HEADER) { // OS/2 1.x: unsigned 16-bit sizes
      return b.length < BMP_DIB_AT + 8 ? null : new long[] {littleShort(b, 18), littleShort(b, 20)};
    }
    if (b.length < BMP_DIB_AT + 12) {
      return null;
    }
    // The height is negative for rows stored top down; its size is the absolute value.
    return new long[] {littleInt(b, 18), Math.abs((long) littleInt(b, 22))};
  }

  private static int littleInt(byte[] b, int at) {
    return b[at] & 0xFF
        | (b[at + 1] & 0xFF) << 8
        | (b[at + 2] & 0xFF) << 16
        | (b[at + 3] & 0xFF) << 24;
  }

  private static int littleShort(byte[] b, int at) {
    return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
  }
}
