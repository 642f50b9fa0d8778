package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngCheckTest {

  @TempDir Path dir;

  private byte[] png;

  @BeforeEach
  void encodeASmallPng() throws IOException {
    BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x102030);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    png = out.toByteArray();
  }

  @Test
  void aSoundPngDecodes() throws IOException {
    Path file = dir.resolve("ok.png");
    Files.write(file, png);
    assertThat(Images.read(file).shape().dims()).containsExactly(3, 5, 3);
  }

  @Test
  void aWrongIhdrCrcIsRefusedNamingTheChunk() throws IOException {
    Path file = dir.resolve("bad-crc.png");
    long good = readCrc();
    png[32] ^= 0x01;
    Files.write(file, png);
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            String.format(
                "%s: corrupt PNG: expected the IHDR chunk's CRC-32 at byte 29 to be 0x%08x"
                    + " (computed over bytes 12 to 28), got 0x%08x; the header (width, height,"
                    + " colour type) is damaged",
                file, good, good ^ 0x01));
  }

  @Test
  void aDamagedWidthIsCaughtByTheCrc() throws IOException {
    Path file = dir.resolve("bad-width.png");
    // Width 5 becomes 7: ImageIO would decode garbage rows without this check.
    png[19] = 7;
    Files.write(file, png);
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessageStartingWith(
            file + ": corrupt PNG: expected the IHDR chunk's CRC-32 at byte 29");
  }

  @Test
  void aFirstChunkOtherThanIhdrIsRefused() throws IOException {
    Path file = dir.resolve("no-ihdr.png");
    png[12] = 'X';
    Files.write(file, png);
    assertThatThrownBy(() -> Images.read(file))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            file
                + ": corrupt PNG: expected the IHDR chunk of 13 bytes at byte 8, got chunk type"
                + " 0x58484452 of 13 bytes");
  }

  private long readCrc() {
    return ((png[29] & 0xFFL) << 24)
        | ((png[30] & 0xFF) << 16)
        | ((png[31] & 0xFF) << 8)
        | (png[32] & 0xFF);
  }
}
