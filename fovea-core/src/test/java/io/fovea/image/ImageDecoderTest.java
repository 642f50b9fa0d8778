package io.fovea.image;

import static io.fovea.image.TestImages.paletteValue;
import static io.fovea.image.TestImages.pngValue;
import static io.fovea.image.TestImages.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "gray-1.png, 1, 1",
    "gray-2.png, 2, 1",
    "gray-4.png, 4, 1",
    "gray-8.png, 8, 1",
    "gray-16.png, 16, 1",
    "gray-alpha-8.png, 8, 2",
    "gray-alpha-16.png, 16, 2",
    "rgb-8.png, 8, 3",
    "rgb-16.png, 16, 3",
    "rgba-8.png, 8, 4",
    "rgba-16.png, 16, 4"
  })
  void readsEveryPngTypeAndDepthExactly(String name, int bits, int channels) throws Exception {
    Tensor unit = Images.read(resource("image/png/" + name));
    Tensor bytes = Images.read(resource("image/png/" + name), ReadOptions.bytes());
    assertThat(unit.shape().dims()).containsExactly(3, 5, channels);
    float max = (1 << bits) - 1;
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 5; x++) {
        for (int ch = 0; ch < channels; ch++) {
          int v = pngValue(x, y, ch, bits);
          assertThat(unit.get(y, x, ch)).as("%s at %d,%d,%d", name, y, x, ch).isEqualTo(v / max);
          assertThat(bytes.get(y, x, ch))
              .as("%s at %d,%d,%d", name, y, x, ch)
              .isEqualTo(v * 255f / max);
        }
      }
    }
  }

  @ParameterizedTest(name = "palette-{0}.png")
  @CsvSource({"1", "2", "4", "8"})
  void readsPalettePngsAsRgb(int bits) throws Exception {
    Tensor t = Images.read(resource("image/png/palette-" + bits + ".png"), ReadOptions.bytes());
    assertThat(t.shape().dims()).containsExactly(3, 5, 3);
    for (int y = 0; y < 3; y++) {
      for (int x = 0; x < 5; x++) {
        int index = pngValue(x, y, 0, bits);
        for (int ch = 0; ch < 3; ch++) {
          assertThat(t.get(y, x, ch)).isEqualTo(paletteValue(index, ch));
        }
      }
    }
  }

  @Test
  void readsPaletteTransparencyAsAlphaOrDropsIt() throws Exception {
    Path file = resource("image/png/palette-8-trns.png");
    Tensor rgba = Images.read(file, ReadOptions.bytes());
    Tensor rgb = Images.read(file, ReadOptions.bytes().withAlpha(false));
    assertThat(rgba.shape().dims()).containsExactly(3, 5, 4);
    assertThat(rgb.shape().dims()).containsExactly(3, 5, 3);
    int index = pngValue(2, 1, 0, 8);
    assertThat(rgba.get(1, 2, 3)).isEqualTo(paletteValue(index, 3));
    assertThat(rgb.get(1, 2, 1)).isEqualTo(paletteValue(index, 1));
  }

  @Test
  void readsBgrOrderAndDropsAlpha() throws Exception {
    Path file = resource("image/png/rgba-8.png");
    Tensor bgr =
        Images.read(
            file, ReadOptions.bytes().withOrder(ReadOptions.ChannelOrder.BGR).withAlpha(false));
    assertThat(bgr.shape().dims()).containsExactly(3, 5, 3);
    assertThat(bgr.get(2, 4, 0)).isEqualTo(pngValue(4, 2, 2, 8));
    assertThat(bgr.get(2, 4, 2)).isEqualTo(pngValue(4, 2, 0, 8));
  }

  @Test
  void readsBmpAndGif() throws Exception {
    BufferedImage picture = TestImages.gradient(9, 6, BufferedImage.TYPE_INT_RGB);
    TestImages.writeWithJdk(picture, "bmp", dir.resolve("a.bmp"));
    TestImages.writeWithJdk(picture, "gif", dir.resolve("a.gif"));
    Tensor bmp = Images.read(dir.resolve("a.bmp"), ReadOptions.bytes());
    Tensor gif = Images.read(dir.resolve("a.gif"), ReadOptions.bytes());
    assertThat(bmp.shape().dims()).containsExactly(6, 9, 3);
    assertThat(bmp.get(5, 8, 0)).isEqualTo(255f);
    assertThat(bmp.get(5, 0, 1)).isEqualTo(255f);
    assertThat(bmp.get(0, 0, 2)).isEqualTo(128f);
    assertThat(gif.shape().dims()).containsExactly(6, 9, 3);
    assertThat(gif.get(5, 8, 0)).isCloseTo(255f, within(24f));
  }

  @Test
  void readsJdkJpegsWithinTolerance() throws Exception {
    BufferedImage picture = TestImages.gradient(32, 24, BufferedImage.TYPE_3BYTE_BGR);
    TestImages.writeWithJdk(picture, "jpeg", dir.resolve("a.jpg"));
    Tensor t = Images.read(dir.resolve("a.jpg"), ReadOptions.bytes());
    assertThat(t.shape().dims()).containsExactly(24, 32, 3);
    assertThat(t.get(12, 31, 0)).isCloseTo(255f, within(12f));
    assertThat(t.get(23, 5, 1)).isCloseTo(255f, within(12f));
    assertThat(t.get(3, 3, 2)).isCloseTo(128f, within(12f));
  }

  @Test
  void readsGrayscaleJpegAsOneChannel() throws Exception {
    BufferedImage gray = new BufferedImage(16, 8, BufferedImage.TYPE_BYTE_GRAY);
    gray.getRaster().setSample(3, 4, 0, 200);
    for (int x = 8; x < 16; x++) {
      for (int y = 0; y < 8; y++) {
        gray.getRaster().setSample(x, y, 0, 180);
      }
    }
    TestImages.writeWithJdk(gray, "jpeg", dir.resolve("g.jpg"));
    Tensor t = Images.read(dir.resolve("g.jpg"), ReadOptions.bytes());
    assertThat(t.shape().dims()).containsExactly(8, 16, 1);
    assertThat(t.get(2, 12, 0)).isCloseTo(180f, within(3f));
  }

  @Test
  void readsCmykJpegThroughTwelveMonkeys() throws Exception {
    Tensor t = Images.read(resource("image/jpeg/cmyk.jpg"), ReadOptions.bytes());
    assertThat(t.shape().dims()).containsExactly(8, 16, 3);
    for (int ch = 0; ch < 3; ch++) {
      assertThat(t.get(2, 2, ch)).as("paper, channel %d", ch).isGreaterThan(220f);
      assertThat(t.get(6, 12, ch)).as("black ink, channel %d", ch).isLessThan(80f);
    }
    assertThat(t.get(1, 12, 2)).as("cyan: blue over red").isGreaterThan(t.get(1, 12, 0) + 100);
  }

  @Test
  void appliesExifOrientationSix() throws Exception {
    BufferedImage picture = TestImages.gradient(32, 16, BufferedImage.TYPE_3BYTE_BGR);
    TestImages.writeWithJdk(picture, "jpeg", dir.resolve("plain.jpg"));
    byte[] jpeg = Files.readAllBytes(dir.resolve("plain.jpg"));
    Files.write(dir.resolve("turned.jpg"), ExifTest.withOrientation(jpeg, 6, false));
    Tensor upright = Images.read(dir.resolve("turned.jpg"), ReadOptions.bytes());
    Tensor stored =
        Images.read(dir.resolve("turned.jpg"), ReadOptions.bytes().withExifOrientation(false));
    assertThat(stored.shape().dims()).containsExactly(16, 32, 3);
    assertThat(upright.shape().dims()).containsExactly(32, 16, 3);
    // Turned clockwise: the stored left column (red = 0) is now the top row.
    assertThat(upright.get(0, 8, 0)).isCloseTo(0f, within(12f));
    assertThat(upright.get(31, 8, 0)).isCloseTo(255f, within(12f));
    // ...and the stored top row (green = 0) is now the right column.
    assertThat(upright.get(16, 15, 1)).isCloseTo(0f, within(12f));
    assertThat(upright.get(16, 0, 1)).isCloseTo(255f, within(12f));
  }

  @Test
  void rejectsAMissingFile() {
    Path missing = dir.resolve("nope.png");
    assertThatThrownBy(() -> Images.read(missing))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void rejectsAFileThatIsNotAnImage() throws Exception {
    Path text = dir.resolve("notes.png");
    Files.writeString(text, "hello, world");
    assertThatThrownBy(() -> Images.read(text))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            text
                + ": not an image: expected a PNG, JPEG, BMP or GIF signature, got"
                + " bytes 68 65 6c 6c 6f 2c 20 77");
  }

  @Test
  void rejectsATruncatedPng() throws Exception {
    byte[] png = Files.readAllBytes(resource("image/png/rgb-16.png"));
    Path cut = dir.resolve("cut.png");
    Files.write(cut, Arrays.copyOf(png, 60));
    assertThatThrownBy(() -> Images.read(cut))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(cut + ": truncated PNG: the file ends at byte 60 before the IEND chunk");
  }

  @Test
  void rejectsEveryTruncationOfAPngAndAJpegWithAnImageFileError() throws Exception {
    BufferedImage picture = TestImages.gradient(20, 12, BufferedImage.TYPE_3BYTE_BGR);
    TestImages.writeWithJdk(picture, "jpeg", dir.resolve("whole.jpg"));
    byte[][] files = {
      Files.readAllBytes(resource("image/png/rgba-16.png")),
      Files.readAllBytes(dir.resolve("whole.jpg"))
    };
    Path cut = dir.resolve("cut");
    for (byte[] whole : files) {
      for (int n = 0; n < whole.length; n++) {
        Files.write(cut, Arrays.copyOf(whole, n));
        int length = n;
        assertThatThrownBy(() -> Images.read(cut))
            .as("cut at %d of %d", length, whole.length)
            .isInstanceOf(ImageFileException.class);
      }
    }
  }

  @Test
  void rejectsAnUnsupportedBitDepth() throws Exception {
    byte[] png = Files.readAllBytes(resource("image/png/rgb-8.png"));
    png[24] = 4; // RGB allows 8 or 16 bits only
    Path odd = dir.resolve("odd.png");
    Files.write(odd, png);
    assertThatThrownBy(() -> Images.read(odd))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            odd
                + ": unsupported PNG bit depth 4 for colour type 2 at byte 24: expected"
                + " one of 8, 16");
  }

  @Test
  void rejectsATruncatedJpeg() throws Exception {
    BufferedImage picture = TestImages.gradient(64, 64, BufferedImage.TYPE_3BYTE_BGR);
    TestImages.writeWithJdk(picture, "jpeg", dir.resolve("whole.jpg"));
    byte[] jpeg = Files.readAllBytes(dir.resolve("whole.jpg"));
    Path cut = dir.resolve("cut.jpg");
    Files.write(cut, Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
    assertThatThrownBy(() -> Images.read(cut))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            cut
                + ": truncated JPEG: the file ends at byte "
                + jpeg.length * 2 / 3
                + " before the end-of-image marker");
  }
}
