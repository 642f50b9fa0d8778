package io.fovea.image;

import io.fovea.files.AtomicFiles;
import io.fovea.tensor.Tensor;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a tensor {@code [h, w]} or {@code [h, w, c]} (c = 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA) as
 * a PNG or JPEG chosen by the file extension, writing a temporary file in the same folder and
 * moving it over the target, so a reader never sees half a file.
 */
final class ImageEncoder {

  private ImageEncoder() {}

  static void write(Tensor image, Path file, WriteOptions options) throws IOException {
    if (file == null || options == null) {
      throw new IllegalArgumentException(
          "write: expected a path and options, got " + file + ", " + options);
    }
    Layout l = Layout.of("write", image);
    String format = formatOf(file);
    if (format.equals("jpeg") && (l.c == 2 || l.c == 4)) {
      throw new IllegalArgumentException(
          "write: expected 1 or 3 channels for JPEG "
              + file
              + ", got shape "
              + image.shape()
              + ". JPEG has no alpha: write a PNG, or drop the"
              + " alpha channel with Colors.split / Colors.merge");
    }
    if (l.c > 4) {
      throw new IllegalArgumentException(
          "write: expected 1 to 4 channels, got shape " + image.shape());
    }
    int bits = format.equals("png") ? options.bitDepth() : 8;
    BufferedImage buffered = toBufferedImage(image, l, rangeOf(image, options), bits);
    writeAtomically(buffered, file, format, options.jpegQuality());
  }

  private static String formatOf(Path file) throws ImageFileException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (ext.equals("png")) {
      return "png";
    }
    if (ext.equals("jpg") || ext.equals("jpeg")) {
      return "jpeg";
    }
    throw new ImageFileException(
        file,
        "cannot write this file type: expected the extension"
            + " .png, .jpg or .jpeg, got '"
            + (name.contains(".") ? "." + ext : name)
            + "'");
  }

  private static ValueRange rangeOf(Tensor image, WriteOptions options) {
    if (options.range() != null) {
      return options.range();
    }
    float[] x = image.toArray();
    for (int i = 0; i < x.length; i++) {
      if (x[i] > 1f) { // NaN compares false, so it never decides the range
        return ValueRange.BYTES;
      }
    }
    return ValueRange.UNIT;
  }

  private static BufferedImage toBufferedImage(Tensor image, Layout l, ValueRange range, int bits) {
    boolean alpha = l.c == 2 || l.c == 4;
    ColorSpace space = ColorSpace.getInstance(l.c <= 2 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
    int type = bits == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE;
    ColorModel cm =
        new ComponentColorModel(
            space, alpha, false, alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, type);
    WritableRaster raster = cm.createCompatibleWritableRaster(l.w, l.h);
    int max = (1 << bits) - 1;
    float toUnit = range == ValueRange.BYTES ? 1f / 255 : 1f;
    float[] x = image.toArray();
    int[] row = new int[l.w * l.c];
    for (int y = 0; y < l.h; y++) {
      for (int i = 0; i < row.length; i++) {
        float v = x[y * row.length + i] * toUnit;
        // Clip first: NaN fails both tests and becomes 0.
        v = v >= 1f ? 1f : v > 0f ? v : 0f;
        row[i] = Math.round(v * max);
      }
      raster.setPixels(0, y, l.w, 1, row);
    }
    return new BufferedImage(cm, raster, false, null);
  }

  static void writeAtomically(BufferedImage image, Path file, String format, int quality)
      throws ImageFileException {
    try {
      AtomicFiles.writeStream(file, out -> encode(image, out, format, quality));
    } catch (IOException | RuntimeException e) {
      throw new ImageFileException(
          file,
          "cannot write the " + format.toUpperCase(Locale.ROOT) + " (" + e.getMessage() + ")",
          e);
    }
  }

  private static void encode(BufferedImage image, OutputStream out, String format, int quality)
      throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    if (!writers.hasNext()) {
      throw new IOException("no " + format + " encoder in this Java runtime");
    }
    ImageWriter writer = writers.next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format.equals("jpeg")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
