package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.awt.image.RasterFormatException;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeFailureTest {

  @TempDir Path dir;

  @Test
  void aCutBmpIsCalledTruncatedNotNull() throws Exception {
    byte[] bmp = written("bmp");
    Path cut = write("cut.bmp", Arrays.copyOf(bmp, bmp.length * 2 / 3));
    assertThatThrownBy(() -> Images.read(cut))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            cut
                + ": truncated or corrupt BMP: the decoder needed data past the end of the file at"
                + " byte "
                + bmp.length * 2 / 3
                + "; the file is cut short or a size in it is wrong");
  }

  @Test
  void aCutGifIsCalledTruncated() throws Exception {
    byte[] gif = written("gif");
    Path cut = write("cut.gif", Arrays.copyOf(gif, 20));
    assertThatThrownBy(() -> Images.read(cut))
        .isInstanceOf(ImageFileException.class)
        .hasMessageStartingWith(
            cut + ": truncated or corrupt GIF: the decoder needed data past the end of the file");
  }

  @Test
  void aDamagedIdatNamesTheChunkItsOffsetAndTheZlibError() throws Exception {
    byte[] png = written("png");
    int idat = indexOf(png, "IDAT") - 4;
    int length = (png[idat + 2] & 0xFF) << 8 | png[idat + 3] & 0xFF;
    png[idat + 10] ^= 0x55; // inside the zlib stream, after its 2-byte header
    Path file = write("damaged.png", png);
    assertThat(catchThrowable(() -> Images.read(file)))
        .isInstanceOf(ImageFileException.class)
        .message()
        .startsWith(
            file
                + ": corrupt PNG: the IDAT chunk at byte "
                + idat
                + " does not match its CRC-32 (stored at byte "
                + (idat + 8 + length)
                + "); the compressed image data is damaged (")
        .doesNotContain("Error reading PNG image data");
  }

  @Test
  void decoderExceptionsWithoutWordsAreDescribedWithoutJavaNames() {
    byte[] bytes = new byte[100];
    assertThat(
            DecodeFailure.describe(
                Format.BMP, bytes, new RasterFormatException("Invalid scanline stride"), 40))
        .isEqualTo(
            "corrupt or unsupported BMP: the image data does not agree with the header; the"
                + " decoder stopped at byte 40 of 100");
    assertThat(
            DecodeFailure.describe(
                Format.JPEG,
                bytes,
                new IIOException(
                    "Caught exception during read", new ArrayIndexOutOfBoundsException(3)),
                -1))
        .isEqualTo("corrupt or unsupported JPEG: the image data does not agree with the header");
    assertThat(
            DecodeFailure.describe(
                Format.GIF, bytes, new IIOException("I/O error", new EOFException()), 7))
        .startsWith("truncated or corrupt GIF: the decoder needed data past the end of the file");
    assertThat(
            DecodeFailure.describe(
                Format.GIF, bytes, new IIOException("see java.lang.IllegalStateException"), -1))
        .isEqualTo("corrupt or unsupported GIF: the decoder gave no reason");
  }

  @Test
  void everyCutOrDamagedImageGetsAMessageInWords() throws Exception {
    long seed = 14;
    Random random = new Random(seed);
    Path file = dir.resolve("broken");
    for (String format : new String[] {"png", "jpeg", "bmp", "gif"}) {
      byte[] whole = written(format);
      for (int i = 0; i < 200; i++) {
        byte[] broken = whole.clone();
        if (i < 50) {
          broken = Arrays.copyOf(whole, random.nextInt(whole.length));
        } else {
          for (int k = 0; k <= i % 5; k++) {
            broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
          }
        }
        Files.write(file, broken);
        Throwable t = catchThrowable(() -> Images.read(file));
        if (t != null) {
          assertThat(t)
              .as("%s case %d, seed %d", format, i, seed)
              .isInstanceOf(ImageFileException.class);
          assertThat(t.getMessage())
              .as("%s case %d, seed %d", format, i, seed)
              .doesNotContain("null", "Exception", "java.", "Error reading", "I/O error");
        }
      }
    }
  }

  private byte[] written(String format) throws Exception {
    Path file = dir.resolve("whole." + format);
    TestImages.writeWithJdk(
        TestImages.gradient(40, 30, BufferedImage.TYPE_3BYTE_BGR), format, file);
    return Files.readAllBytes(file);
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static int indexOf(byte[] b, String text) {
    byte[] t = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + t.length <= b.length; i++) {
      if (Arrays.equals(b, i, i + t.length, t, 0, t.length)) {
        return i;
      }
    }
    throw new AssertionError("no " + text);
  }
}
