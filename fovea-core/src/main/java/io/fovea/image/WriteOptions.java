package io.fovea.image;

/**
 * How {@link Images#write(io.fovea.tensor.Tensor, java.nio.file.Path, WriteOptions)} turns numbers
 * into pixels.
 *
 * <p>The value range is {@link ValueRange#UNIT} ({@code [0, 1]}) or {@link ValueRange#BYTES}
 * ({@code [0, 255]}); when it is not given, the rule is: a tensor whose largest value is above 1 is
 * taken as 0..255, any other as {@code [0, 1]} (set the range explicitly for a dark 0..255 image).
 * Values are clipped to the range (NaN becomes 0) and rounded to the nearest level. PNGs are 8-bit
 * unless {@link #withBitDepth(int)} asks for 16; JPEG quality is 1..100 (default 95, as OpenCV's
 * {@code IMWRITE_JPEG_QUALITY}). Immutable.
 */
public final class WriteOptions {

  private static final WriteOptions DEFAULTS = new WriteOptions(null, 95, 8);

  private final ValueRange range;
  private final int jpegQuality;
  private final int bitDepth;

  private WriteOptions(ValueRange range, int jpegQuality, int bitDepth) {
    this.range = range;
    this.jpegQuality = jpegQuality;
    this.bitDepth = bitDepth;
  }

  /** Range by the rule above, JPEG quality 95, 8-bit. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** A copy with an explicit value range ({@code null}: by the rule above). */
  public WriteOptions withRange(ValueRange range) {
    return new WriteOptions(range, jpegQuality, bitDepth);
  }

  /** A copy with this JPEG quality, 1 (smallest file) to 100 (best). */
  public WriteOptions withJpegQuality(int quality) {
    if (quality < 1 || quality > 100) {
      throw new IllegalArgumentException(
          "WriteOptions: expected a JPEG quality in 1..100, got " + quality);
    }
    return new WriteOptions(range, quality, bitDepth);
  }

  /** A copy writing PNG samples with 8 or 16 bits (JPEG is always 8). */
  public WriteOptions withBitDepth(int bits) {
    if (bits != 8 && bits != 16) {
      throw new IllegalArgumentException(
          "WriteOptions: expected a bit depth of 8 or 16, got " + bits);
    }
    return new WriteOptions(range, jpegQuality, bits);
  }

  /** The explicit range, or {@code null} for the rule. */
  public ValueRange range() {
    return range;
  }

  /** The JPEG quality, 1..100. */
  public int jpegQuality() {
    return jpegQuality;
  }

  /** The PNG bit depth, 8 or 16. */
  public int bitDepth() {
    return bitDepth;
  }
}
