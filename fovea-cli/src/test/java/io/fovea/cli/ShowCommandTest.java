package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.data.NdArray;
import io.fovea.data.Npy;
import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

  @TempDir Path tmp;

  @Test
  void drawsAnImageFile() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("shown.png");
    Run r = CliFixtures.run("show", image.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(Images.read(out).shape().dim(0)).isEqualTo(10);
  }

  @Test
  void drawsAGrayArrayWithAColourMapAndABar() throws Exception {
    float[] v = new float[6 * 7];
    for (int i = 0; i < v.length; i++) {
      v[i] = i - 20;
    }
    Path npy = tmp.resolve("a.npy");
    Npy.write(npy, NdArray.ofFloats(v, 6, 7));
    Path out = tmp.resolve("a.png");
    Run r =
        CliFixtures.run(
            "show", npy.toString(), "--out", out.toString(), "--cmap", "viridis", "--colorbar");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Tensor drawn = Images.read(out);
    assertThat(drawn.shape().dim(2)).isGreaterThanOrEqualTo(3);
    // The colour bar makes the picture wider than the array.
    assertThat(drawn.shape().dim(1)).isGreaterThan(7);
  }

  @Test
  void writesARealJpegForAJpgNameLayingTransparencyOverWhite() throws Exception {
    // Half the pixels fully transparent: they must come out white, not black.
    Tensor rgba =
        Tensor.fromFunction(
            io.fovea.tensor.Shape.of(8, 8, 4), i -> i[2] == 3 ? (i[1] < 4 ? 0f : 1f) : 0f);
    Path image = tmp.resolve("half.png");
    Images.write(rgba, image);
    Path out = tmp.resolve("shown.jpg");
    Run r = CliFixtures.run("show", image.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    byte[] bytes = Files.readAllBytes(out);
    assertThat(new int[] {bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff})
        .containsExactly(0xff, 0xd8, 0xff);
    Tensor drawn = Images.read(out, ReadOptions.bytes());
    assertThat(drawn.shape().dims()).containsExactly(8, 8, 3);
    assertThat(drawn.get(4, 0, 0)).isGreaterThan(240f);
    assertThat(drawn.get(4, 7, 0)).isLessThan(15f);
  }

  @Test
  void refusesAnOutputThatIsNeitherPngNorJpeg() {
    Path out = tmp.resolve("shown.gif");
    Run r = CliFixtures.run("show", "a.npy", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("fovea: --out: expected a .png or .jpg or .jpeg file, got " + out + "\n");
  }

  @Test
  void drawsAGrayAndAlphaPng() throws Exception {
    Tensor grayAlpha =
        Tensor.fromFunction(io.fovea.tensor.Shape.of(6, 5, 2), i -> i[2] == 0 ? 0.5f : 1f);
    Path image = tmp.resolve("ga.png");
    Images.write(grayAlpha, image);
    assertThat(Images.read(image).shape().dims()).containsExactly(6, 5, 2);
    Path out = tmp.resolve("ga-shown.png");
    Run r = CliFixtures.run("show", image.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Tensor drawn = Images.read(out, ReadOptions.bytes());
    assertThat(drawn.shape().dims()).containsExactly(6, 5, 4);
    // The gray (0.5, stored as 128) in each colour channel; opaque.
    assertThat(new float[] {drawn.get(2, 2, 0), drawn.get(2, 2, 1), drawn.get(2, 2, 2)})
        .containsExactly(128f, 128f, 128f);
    assertThat(drawn.get(2, 2, 3)).isEqualTo(255f);
  }

  @Test
  void rejectsAnUnknownColourMap() {
    Run r = CliFixtures.run("show", "a.npy", "--out", "a.png", "--cmap", "jet");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("fovea: --cmap: expected gray or viridis, got 'jet'\n");
  }
}
