package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PixelLimitTest {

  private static final String HINT = "(set -Dfovea.maxImagePixels to raise it)";

  @TempDir Path dir;

  private byte[] small;

  @BeforeEach
  void decodeASmallImageSoThatTimingsExcludeStartUp() throws IOException {
    BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    small = out.toByteArray();
    Images.read(write("small.png", small));
  }

  @AfterEach
  void clearTheProperty() {
    System.clearProperty(PixelLimit.PROPERTY);
  }

  @Test
  void theDefaultIsPillowsLimit() {
    assertThat(ReadOptions.defaults().maxPixels()).isEqualTo(2L * 89_478_485);
  }

  @Test
  void refusesAHugePngFromItsHeaderInWellUnderASecond() throws IOException {
    Path file = write("bomb.png", png(20000, 20000));
    assertRefusedQuickly(file, 20000, 20000);
  }

  @Test
  void refusesAHugeBmpFromItsHeader() throws IOException {
    assertRefusedQuickly(write("bomb.bmp", bmp(100_000, 100_000)), 100_000, 100_000);
  }

  @Test
  void refusesAHugeTopDownBmpByTheSizeOfItsNegativeHeight() throws IOException {
    assertRefusedQuickly(write("down.bmp", bmp(100_000, -100_000)), 100_000, 100_000);
  }

  @Test
  void refusesRealFilesOfEveryFormatAboveALoweredLimit() throws IOException {
    BufferedImage picture = TestImages.gradient(5, 3, BufferedImage.TYPE_3BYTE_BGR);
    System.setProperty(PixelLimit.PROPERTY, "14");
    for (String format : new String[] {"png", "jpeg", "bmp", "gif"}) {
      Path file = dir.resolve("real." + format);
      TestImages.writeWithJdk(picture, format, file);
      assertThatThrownBy(() -> Images.read(file))
          .as(format)
          .isInstanceOf(ImageFileException.class)
          .hasMessage(file + ": expected at most 14 pixels " + HINT + ", got 5x3 = 15 pixels");
    }
    System.setProperty(PixelLimit.PROPERTY, "15");
    for (String format : new String[] {"png", "jpeg", "bmp", "gif"}) {
      assertThat(Images.read(dir.resolve("real." + format)).shape().dim(1)).as(format).isEqualTo(5);
    }
  }

  @Test
  void refusesAHugeGifFromItsHeader() throws IOException {
    assertRefusedQuickly(write("bomb.gif", gif(65535, 65535)), 65535, 65535);
  }

  @Test
  void refusesAHugeJpegFromItsStartOfFrame() throws IOException {
    assertRefusedQuickly(write("bomb.jpg", jpeg(65000, 65000)), 65000, 65000);
  }

  @Test
  void refusesHugeBytesThroughTheBytesEntryPoint() {
    Path name = Path.of("in-memory.png");
    assertThatThrownBy(() -> ImageDecoder.decode(name, png(20000, 20000), ReadOptions.defaults()))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            name
                + ": expected at most 178956970 pixels "
                + HINT
                + ", got 20000x20000 = 400000000 pixels");
  }

  @Test
  void refusesAZeroWidth() throws IOException {
    Path file = write("empty.png", png(0, 5));
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            file + ": expected a width and height of at least 1 pixel in the header, got 0x5");
  }

  @Test
  void refusesDimensionsWhoseProductOverflowsALong() throws IOException {
    // 0xFFFFFFFF squared is above Long.MAX_VALUE: the product must not wrap to a small number.
    Path file = write("overflow.png", png(-1, -1));
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            file
                + ": expected at most 178956970 pixels "
                + HINT
                + ", got 4294967295x4294967295 = 18446744065119617025 pixels");
  }

  @Test
  void thePropertyLowersAndRaisesTheLimitAtEachRead() throws IOException {
    Path file = write("small.png", small);
    System.setProperty(PixelLimit.PROPERTY, "14");
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(file + ": expected at most 14 pixels " + HINT + ", got 5x3 = 15 pixels");
    assertThatThrownBy(() -> Images.sample("camera"))
        .isInstanceOf(ImageFileException.class)
        .hasMessageContaining("expected at most 14 pixels");
    System.setProperty(PixelLimit.PROPERTY, "15");
    assertThat(Images.read(file).shape().dims()).containsExactly(3, 5, 3);
    System.clearProperty(PixelLimit.PROPERTY);
    assertThat(Images.sample("camera").shape().dims()).containsExactly(256, 256, 1);
  }

  @Test
  void theOptionOverridesTheProperty() throws IOException {
    Path file = write("small.png", small);
    System.setProperty(PixelLimit.PROPERTY, "10");
    assertThat(Images.read(file, ReadOptions.defaults().withMaxPixels(15)).shape().dims())
        .containsExactly(3, 5, 3);
    System.clearProperty(PixelLimit.PROPERTY);
    assertThatThrownBy(() -> Images.read(file, ReadOptions.bytes().withMaxPixels(14)))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            file
                + ": expected at most 14 pixels (raise it with ReadOptions.withMaxPixels), got"
                + " 5x3 = 15 pixels");
  }

  @Test
  void rejectsABadPropertyAndABadOption() throws IOException {
    Path file = write("small.png", small);
    System.setProperty(PixelLimit.PROPERTY, "lots");
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "-Dfovea.maxImagePixels: expected a whole number of pixels of at least 1, got 'lots'");
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxPixels(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadOptions: expected a pixel limit of at least 1, got 0");
  }

  private void assertRefusedQuickly(Path file, long w, long h) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            file
                + ": expected at most 178956970 pixels "
                + HINT
                + ", got "
                + w
                + "x"
                + h
                + " = "
                + w * h
                + " pixels");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(500);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** An RGB PNG whose IHDR (with a correct CRC) declares w x h, followed by no data at all. */
  static byte[] png(int w, int h) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2);
    ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    chunk(b, "IHDR", ihdr.array());
    chunk(b, "IDAT", new byte[0]);
    chunk(b, "IEND", new byte[0]);
    return b.array();
  }

  private static void chunk(ByteBuffer b, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    b.putInt(data.length).put(t).put(data).putInt((int) crc.getValue());
  }

  /** A 24-bit BMP header (file header and BITMAPINFOHEADER) declaring w x h, without pixels. */
  private static byte[] bmp(int w, int h) {
    ByteBuffer b = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'B').put((byte) 'M').putInt(54).putInt(0).putInt(54);
    b.putInt(40).putInt(w).putInt(h).putShort((short) 1).putShort((short) 24);
    b.putInt(0).putInt(0).putInt(2835).putInt(2835).putInt(0).putInt(0);
    return b.array();
  }

  /** A GIF89a whose screen and first image descriptor declare w x h, with an empty image. */
  private static byte[] gif(int w, int h) {
    ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    b.put("GIF89a".getBytes(StandardCharsets.US_ASCII));
    b.putShort((short) w).putShort((short) h).put((byte) 0).put((byte) 0).put((byte) 0);
    b.put((byte) 0x2C).putShort((short) 0).putShort((short) 0);
    b.putShort((short) w).putShort((short) h).put((byte) 0);
    b.put((byte) 2).put((byte) 0).put((byte) 0x3B); // LZW code size, no data, trailer
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /** A baseline JPEG: SOI, a start of frame declaring w x h (3 components), SOS, EOI. */
  private static byte[] jpeg(int w, int h) {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.putShort((short) 0xFFD8);
    b.putShort((short) 0xFFC0).putShort((short) 17).put((byte) 8);
    b.putShort((short) h).putShort((short) w).put((byte) 3);
    for (int c = 1; c <= 3; c++) {
      b.put((byte) c).put((byte) 0x11).put((byte) 0);
    }
    b.putShort((short) 0xFFDA).putShort((short) 12).put((byte) 3);
    for (int c = 1; c <= 3; c++) {
      b.put((byte) c).put((byte) 0);
    }
    b.put((byte) 0).put((byte) 63).put((byte) 0);
    b.putShort((short) 0xFFD9);
    return java.util.Arrays.copyOf(b.array(), b.position());
  }
}
