package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Pictures as tensors: read a file into {@code [h, w, c]}, write one back, show one, or load a
 * sample photo. Colour conversions live in {@link Colors}, crops/flips/turns/padding in {@link
 * Geometry}, resizing in {@link Resize}.
 *
 * <p>Reading decodes PNG (1 to 16 bits, gray, gray+alpha, RGB, RGBA, palette), JPEG (also
 * grayscale, CMYK and YCCK), BMP and GIF (first frame), recognised by content, not by name. {@code
 * c} is 1 (gray), 2 (gray, alpha), 3 (RGB) or 4 (RGBA); see {@link ReadOptions} for the value range
 * (default {@code [0, 1]}, as {@code plt.imread}), alpha, BGR order and EXIF orientation. Writing
 * produces PNG or JPEG by extension; see {@link WriteOptions}. Errors about files are {@link
 * ImageFileException}s naming the file and the problem.
 *
 * <pre>{@code
 * Tensor photo = Images.read(Path.of("cat.jpg"));                  // [h, w, 3] in [0, 1]
 * Tensor gray = Colors.toGray(photo);                              // [h, w, 1]
 * Images.write(Resize.resize(gray, 128, 128), Path.of("small.png"));
 * Images.show(gray, ShowOptions.defaults().withColorMap(ColorMap.VIRIDIS).withColorBar(true));
 * }</pre>
 */
public final class Images {

  /** The names {@link #sample(String)} accepts. */
  public static final List<String> SAMPLES = List.of("astronaut", "brick", "camera");

  private Images() {}

  /** The image in {@code file} as {@code [h, w, c]} floats in {@code [0, 1]}, RGB order. */
  public static Tensor read(Path file) throws IOException {
    return read(file, ReadOptions.defaults());
  }

  /** The image in {@code file} as {@code [h, w, c]}, decoded as {@code options} say. */
  public static Tensor read(Path file, ReadOptions options) throws IOException {
    if (options == null) {
      throw new IllegalArgumentException("read: expected options, got null");
    }
    return ImageDecoder.read(file, options);
  }

  /** Writes {@code image} as PNG or JPEG (by extension) with the default {@link WriteOptions}. */
  public static void write(Tensor image, Path file) throws IOException {
    write(image, file, WriteOptions.defaults());
  }

  /** Writes {@code image} ({@code [h, w]} or {@code [h, w, 1..4]}) as {@code options} say. */
  public static void write(Tensor image, Path file, WriteOptions options) throws IOException {
    ImageEncoder.write(image, file, options);
  }

  /** Draws {@code image} into a temporary PNG, opens it when possible, returns the file. */
  public static Path show(Tensor image) throws IOException {
    return show(image, ShowOptions.defaults());
  }

  /** Draws {@code image} as {@code options} say (see {@link ShowOptions}); returns the PNG. */
  public static Path show(Tensor image, ShowOptions options) throws IOException {
    if (options == null) {
      throw new IllegalArgumentException("show: expected options, got null");
    }
    return Show.show(image, options);
  }

  /**
   * A sample photo shipped with Fovea, 256x256: {@code "astronaut"} (RGB, NASA, public domain),
   * {@code "brick"} (gray texture, CC0) or {@code "camera"} (gray, CC0); sources in NOTICE.
   */
  public static Tensor sample(String name) throws IOException {
    return sample(name, ReadOptions.defaults());
  }

  /** A sample photo read with {@code options}. */
  public static Tensor sample(String name, ReadOptions options) throws IOException {
    String resource = resourceOf(name);
    try (InputStream in = Images.class.getResourceAsStream("samples/" + resource)) {
      if (in == null) {
        throw new ImageFileException(Path.of(resource), "sample missing from the class path");
      }
      return ImageDecoder.decode(Path.of(resource), in.readAllBytes(), options);
    }
  }

  private static String resourceOf(String name) {
    if (name == null || !SAMPLES.contains(name)) {
      throw new IllegalArgumentException(
          "sample: expected one of "
              + SAMPLES
              + ", got "
              + (name == null ? "null" : "'" + name + "'"));
    }
    return name.equals("astronaut") ? "astronaut.jpg" : name + ".png";
  }
}
