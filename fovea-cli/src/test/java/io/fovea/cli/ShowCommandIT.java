package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.data.NdArray;
import io.fovea.data.Npy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea show IMAGE|NPY --out OUT.png} from the jar, on a small PNG and NumPy arrays. */
class ShowCommandIT {

  @TempDir Path tmp;

  @Test
  void drawsAnImageAsAPngOfItsSize() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("shown.png");
    Run r = FoveaJar.run("show", image.toString(), "--out", out.toString()).succeeded();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Wrote " + out + "\n");
    int[] shape = CliFixtures.pngShape(out);
    assertThat(shape[0]).isEqualTo(10);
    assertThat(shape[1]).isEqualTo(12);
  }

  @Test
  void drawsAGrayArrayInColourWithABar() throws Exception {
    float[] v = new float[6 * 7];
    for (int i = 0; i < v.length; i++) {
      v[i] = i - 20;
    }
    Path npy = tmp.resolve("a.npy");
    Npy.write(npy, NdArray.ofFloats(v, 6, 7));
    Path out = tmp.resolve("a.png");
    FoveaJar.run("show", npy.toString(), "--out", out.toString(), "--cmap", "viridis", "--colorbar")
        .succeeded();
    int[] shape = CliFixtures.pngShape(out);
    assertThat(shape[2]).isGreaterThanOrEqualTo(3);
    // The colour bar makes the picture wider than the array.
    assertThat(shape[1]).isGreaterThan(7);
  }

  @Test
  void rejectsBadOptionsAsBadUsage() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("out.png");
    FoveaJar.run("show", image.toString(), "--out", out.toString(), "--cmap", "jet")
        .isUsageError("--cmap");
    FoveaJar.run("show", image.toString()).isUsageError("--out");
    assertThat(out).doesNotExist();
  }

  @Test
  void failsWithOneLineForABrokenOrMisshapenArray() throws Exception {
    Path out = tmp.resolve("out.png");
    Path broken = Files.write(tmp.resolve("broken.npy"), new byte[] {(byte) 0x93, 'N', 'U', 'M'});
    FoveaJar.run("show", broken.toString(), "--out", out.toString()).isFailure(broken.toString());
    Path line = tmp.resolve("line.npy");
    Npy.write(line, NdArray.ofFloats(new float[5], 5));
    FoveaJar.run("show", line.toString(), "--out", out.toString())
        .isFailure("expected an array [h, w] or [h, w, c], got shape [5]");
    assertThat(out).doesNotExist();
  }
}
