package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image file into a tensor {@code [h, w, c]} with c = 1 (gray), 2 (gray, alpha), 3 (RGB)
 * or 4 (RGBA), from the raw samples of the decoded raster, so 16-bit and gray values stay exact.
 * Palette images become RGB or RGBA (alpha when the palette has transparency); PNGs of gray type
 * with 1, 2 or 4 bits stay gray. A sample {@code s} of {@code b} bits becomes {@code s / (2^b -
 * 1)}, times 255 for {@link ValueRange#BYTES}. Before any pixel buffer is allocated, the header's
 * width and height are checked against {@link ReadOptions#maxPixels()} (see {@link PixelLimit}),
 * for files and for bytes alike.
 */
final class ImageDecoder {

  static {
    // TwelveMonkeys' JPEG reader registers through the service loader; scanning again makes it
    // visible when the library jar was added to the class path after ImageIO first ran.
    ImageIO.scanForPlugins();
  }

  private ImageDecoder() {}

  static Tensor read(Path file, ReadOptions options) throws IOException {
    return decode(file, readBytes(file), options);
  }

  /** Decodes the bytes of an image; {@code file} names it in errors. */
  static Tensor decode(Path file, byte[] bytes, ReadOptions options) throws IOException {
    Format format = Format.sniff(bytes);
    BufferedImage image = decode(file, bytes, format, options);
    Tensor t = toTensor(image, format == Format.PNG && isGrayPng(bytes), options);
    if (format == Format.JPEG && options.applyExifOrientation()) {
      t = Exif.apply(t, Exif.orientation(bytes));
    }
    return t;
  }

  private static byte[] readBytes(Path file) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("read: expected a path, got null");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ImageFileException(file, "no such file", e);
    } catch (IOException e) {
      throw new ImageFileException(file, "cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  private static BufferedImage decode(Path file, byte[] bytes, Format format, ReadOptions options)
      throws IOException {
    checkHeader(file, bytes, format, options);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new ImageFileException(file, "no decoder for this " + format + " file");
      }
      ImageReader reader = readers.next();
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      try {
        reader.setInput(in, true, true);
        // getWidth/getHeight read only the header (PNG IHDR, JPEG SOF, BMP info header, GIF
        // image descriptor): the limit holds before read() allocates the raster.
        checkPixels(file, reader.getWidth(0), reader.getHeight(0), options);
        BufferedImage image = reader.read(0);
        checkComplete(file, bytes, format, warnings);
        return image;
      } catch (ImageFileException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new ImageFileException(
            file, DecodeFailure.describe(format, bytes, e, position(in)), e);
      } finally {
        reader.dispose();
      }
    } catch (ImageFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ImageFileException(file, DecodeFailure.describe(format, bytes, e, -1), e);
    }
  }

  private static long position(ImageInputStream in) {
    try {
      return in.getStreamPosition();
    } catch (IOException e) {
      return -1; // the message then leaves out where the decoder stopped
    }
  }

  /** The checks made on the bytes alone, before a decoder sees them. */
  private static void checkHeader(Path file, byte[] bytes, Format format, ReadOptions options)
      throws ImageFileException {
    if (format == Format.UNKNOWN) {
      throw new ImageFileException(
          file,
          "not an image: expected a PNG, JPEG, BMP or GIF"
              + " signature, got "
              + Format.describeStart(bytes));
    }
    String problem = format == Format.PNG ? Format.pngHeaderProblem(bytes) : null;
    problem = problem == null && format == Format.PNG ? PngCheck.ihdrProblem(bytes) : problem;
    long[] size = problem == null ? DeclaredSize.of(format, bytes) : null;
    if (size != null) {
      checkPixels(file, size[0], size[1], options);
    }
    problem = problem != null ? problem : format.truncation(bytes);
    if (problem != null) {
      throw new ImageFileException(file, problem);
    }
  }

  private static void checkPixels(Path file, long width, long height, ReadOptions options)
      throws ImageFileException {
    PixelLimit.check(
        file, width, height, options.maxPixels(), PixelLimit.hint(options.maxPixelsSet()));
  }

  /**
   * JPEG decoders fill a missing tail with gray and only warn; Fovea treats that as an error. Other
   * warnings (a missing ICC profile, a few stray bytes) are tolerated, as libjpeg does.
   */
  private static void checkComplete(Path file, byte[] bytes, Format format, List<String> warnings)
      throws ImageFileException {
    for (String warning : warnings) {
      if (format == Format.JPEG && warning.toLowerCase(Locale.ROOT).contains("premature end")) {
        throw new ImageFileException(
            file,
            "truncated JPEG: the file ends at byte "
                + bytes.length
                + " before the image data does (decoder said: "
                + warning
                + ")");
      }
    }
  }

  private static boolean isGrayPng(byte[] bytes) {
    // IHDR follows the signature: length (4), "IHDR" (4), width, height (4 each), depth, type.
    return bytes.length > 25 && (bytes[25] == 0 || bytes[25] == 4);
  }

  private static Tensor toTensor(BufferedImage image, boolean grayPng, ReadOptions options) {
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    if (cm instanceof IndexColorModel) {
      return Samples.fromPalette(raster, (IndexColorModel) cm, grayPng, options);
    }
    if (!Samples.isPlain(cm)) {
      return Samples.fromRgb(image, options);
    }
    if (cm.isAlphaPremultiplied()) {
      image.coerceData(false);
    }
    return Samples.fromRaster(raster, cm, options);
  }
}
