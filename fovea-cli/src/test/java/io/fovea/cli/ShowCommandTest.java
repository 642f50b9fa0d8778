package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.data.NdArray;
import io.fovea.data.Npy;
import io.fovea.image.Images;
import io.fovea.tensor.Tensor;
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
  void rejectsAnUnknownColourMap() {
    Run r = CliFixtures.run("show", "a.npy", "--out", "a.png", "--cmap", "jet");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("fovea: --cmap: expected gray or viridis, got 'jet'\n");
  }
}
