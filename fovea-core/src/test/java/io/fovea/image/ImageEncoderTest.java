package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageEncoderTest {

  @TempDir Path dir;

  /** [5, 7, c] with seeded whole values 0..255. */
  private static Tensor levels(int channels, long seed) {
    return Tensor.randomUniform(io.fovea.tensor.Shape.of(5, 7, channels), 0f, 256f, seed)
        .map(v -> (float) Math.floor(v));
  }

  @ParameterizedTest(name = "{0} channels")
  @ValueSource(ints = {1, 2, 3, 4})
  void roundTripsPngExactly(int channels) throws Exception {
    Tensor image = levels(channels, 42 + channels);
    Path file = dir.resolve("a.png");
    Images.write(image, file, WriteOptions.defaults().withRange(ValueRange.BYTES));
    assertThat(Images.read(file, ReadOptions.bytes()))
        .as("seed %d", 42 + channels)
        .isEqualTo(image);
    Images.write(image.div(255f), file);
    assertThat(Images.read(file)).isEqualTo(image.div(255f));
  }

  @Test
  void roundTrips16BitPng() throws Exception {
    // Multiples of 256/65535: not representable in 8 bits.
    Tensor image = levels(3, 7).mul(256f).div(65535f);
    Path file = dir.resolve("deep.png");
    Images.write(image, file, WriteOptions.defaults().withBitDepth(16));
    Tensor back = Images.read(file);
    for (int i = 0; i < image.size(); i++) {
      assertThat(back.getFlat(i)).isCloseTo(image.getFlat(i), within(0.5f / 65535));
    }
  }

  @Test
  void writesRankTwoAsGray() throws Exception {
    Path file = dir.resolve("g.png");
    Images.write(Tensor.of(new float[][] {{0, 0.5f}, {1, 0.25f}}), file);
    assertThat(Images.read(file, ReadOptions.bytes()).toArray()).containsExactly(0, 128, 255, 64);
  }

  @Test
  void roundTripsJpegWithinTolerance() throws Exception {
    Tensor image =
        Tensor.zeros(16, 16, 3)
            .fillRegion(0, 16, 0, 8, 0.9f, 0.2f, 0.1f)
            .fillRegion(0, 16, 8, 16, 0.1f, 0.3f, 0.8f);
    Path file = dir.resolve("a.jpg");
    Images.write(image, file, WriteOptions.defaults().withJpegQuality(95));
    Tensor back = Images.read(file);
    assertThat(back.shape()).isEqualTo(image.shape());
    assertThat(back.get(4, 2, 0)).isCloseTo(0.9f, within(0.04f));
    assertThat(back.get(4, 13, 2)).isCloseTo(0.8f, within(0.04f));
  }

  @Test
  void clipsAndReadsTheRangeByTheDocumentedRule() throws Exception {
    Path file = dir.resolve("c.png");
    // Largest value above 1: taken as 0..255; -5 and 300 clip to 0 and 255, NaN becomes 0.
    Images.write(Tensor.of(new float[] {-5f, 300f, 127.6f, Float.NaN}, 1, 4), file);
    assertThat(Images.read(file, ReadOptions.bytes()).toArray()).containsExactly(0, 255, 128, 0);
    // Largest value at most 1: taken as [0, 1].
    Images.write(Tensor.of(new float[] {-0.5f, 1f, 0.5f, 0f}, 1, 4), file);
    assertThat(Images.read(file, ReadOptions.bytes()).toArray()).containsExactly(0, 255, 128, 0);
  }

  @Test
  void writesAtomicallyLeavingNoTemporaryFile() throws Exception {
    Path file = dir.resolve("atomic.png");
    Files.writeString(file, "old content");
    Images.write(levels(3, 1), file);
    assertThat(Images.read(file).shape().dims()).containsExactly(5, 7, 3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .as("not the private permissions of a temporary file")
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void rejectsUnknownExtensionsAndAlphaInJpeg() throws Exception {
    Path gif = dir.resolve("x.gif");
    assertThatThrownBy(() -> Images.write(levels(3, 1), gif))
        .isInstanceOf(ImageFileException.class)
        .hasMessage(
            gif
                + ": cannot write this file type: expected the extension .png, .jpg or"
                + " .jpeg, got '.gif'");
    assertThatThrownBy(() -> Images.write(levels(4, 1), dir.resolve("x.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1 or 3 channels for JPEG");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
