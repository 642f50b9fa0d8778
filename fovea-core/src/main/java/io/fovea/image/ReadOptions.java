package io.fovea.image;

/**
 * How {@link Images#read(java.nio.file.Path, ReadOptions)} turns pixels into numbers: the value
 * range, whether alpha is kept, the channel order and whether EXIF orientation is applied.
 *
 * <p>Immutable; each {@code withX} returns a changed copy. The defaults ({@link #defaults()}) give
 * what {@code matplotlib.pyplot.imread} gives for a PNG: floats in {@code [0, 1]} (a {@code b}-bit
 * sample {@code s} becomes {@code s / (2^b - 1)}, so 16-bit PNGs are divided by 65535), alpha kept,
 * channels in RGB order, JPEG EXIF orientation applied. {@link #bytes()} gives 0..255 values
 * instead, like {@code cv2.imread} or {@code np.array(Image.open(f))} for an 8-bit file ({@code s *
 * 255 / (2^b - 1)}, not rounded, for other depths).
 *
 * <p>An image whose header declares more than {@link #maxPixels()} pixels ({@code width * height})
 * is refused before it is decoded: by default 178,956,970 pixels, Pillow's limit ({@code
 * Image.MAX_IMAGE_PIXELS} times 2, where Pillow raises DecompressionBombError), or what {@code
 * -Dfovea.maxImagePixels=N} says, or what {@link #withMaxPixels(long)} says for these options.
 */
public final class ReadOptions {

  /** The order of the colour channels. */
  public enum ChannelOrder {
    /** Red, green, blue (the default, as PIL and matplotlib). */
    RGB,
    /** Blue, green, red (as OpenCV, and models trained on OpenCV-read images). */
    BGR
  }

  private static final ReadOptions DEFAULTS =
      new ReadOptions(ValueRange.UNIT, true, ChannelOrder.RGB, true, 0);

  private final ValueRange range;
  private final boolean keepAlpha;
  private final ChannelOrder order;
  private final boolean applyExif;
  // 0: not set here, so the system property (or the default) decides at each read.
  private final long maxPixels;

  private ReadOptions(
      ValueRange range, boolean keepAlpha, ChannelOrder order, boolean applyExif, long maxPixels) {
    this.range = range;
    this.keepAlpha = keepAlpha;
    this.order = order;
    this.applyExif = applyExif;
    this.maxPixels = maxPixels;
  }

  /** Floats in {@code [0, 1]}, alpha kept, RGB order, EXIF orientation applied. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** The defaults with values in {@code [0, 255]}. */
  public static ReadOptions bytes() {
    return DEFAULTS.withRange(ValueRange.BYTES);
  }

  /** A copy with this value range. */
  public ReadOptions withRange(ValueRange range) {
    if (range == null) {
      throw new IllegalArgumentException("ReadOptions: expected a range, got null");
    }
    return new ReadOptions(range, keepAlpha, order, applyExif, maxPixels);
  }

  /** A copy that keeps ({@code true}) or drops ({@code false}) the alpha channel. */
  public ReadOptions withAlpha(boolean keep) {
    return new ReadOptions(range, keep, order, applyExif, maxPixels);
  }

  /** A copy with this channel order (for images with 3 or 4 channels). */
  public ReadOptions withOrder(ChannelOrder order) {
    if (order == null) {
      throw new IllegalArgumentException("ReadOptions: expected a channel order, got null");
    }
    return new ReadOptions(range, keepAlpha, order, applyExif, maxPixels);
  }

  /** A copy that applies ({@code true}) or ignores the EXIF orientation of a JPEG. */
  public ReadOptions withExifOrientation(boolean apply) {
    return new ReadOptions(range, keepAlpha, order, apply, maxPixels);
  }

  /**
   * A copy that refuses images of more than {@code max} pixels ({@code width * height}, from the
   * header, before decoding), in place of {@code -Dfovea.maxImagePixels} and its default.
   */
  public ReadOptions withMaxPixels(long max) {
    if (max < 1) {
      throw new IllegalArgumentException(
          "ReadOptions: expected a pixel limit of at least 1, got " + max);
    }
    return new ReadOptions(range, keepAlpha, order, applyExif, max);
  }

  /** The value range. */
  public ValueRange range() {
    return range;
  }

  /** Whether the alpha channel is kept. */
  public boolean keepAlpha() {
    return keepAlpha;
  }

  /** The channel order. */
  public ChannelOrder order() {
    return order;
  }

  /** Whether the EXIF orientation of a JPEG is applied. */
  public boolean applyExifOrientation() {
    return applyExif;
  }

  /**
   * The most pixels an image may have: the value of {@link #withMaxPixels(long)} when set, else
   * {@code -Dfovea.maxImagePixels} as it is now, else 178,956,970 (Pillow's limit).
   *
   * @throws IllegalArgumentException when the property is not a whole number of at least 1
   */
  public long maxPixels() {
    return maxPixels > 0 ? maxPixels : PixelLimit.fromProperty();
  }

  /** Whether the pixel limit was set by {@link #withMaxPixels(long)} (not by the property). */
  boolean maxPixelsSet() {
    return maxPixels > 0;
  }
}
