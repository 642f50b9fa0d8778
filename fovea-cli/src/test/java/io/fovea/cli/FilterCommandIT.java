package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea filter IMAGE --kernel K --out OUT.png} from the jar, on a small PNG. */
class FilterCommandIT {

  @TempDir Path tmp;

  @Test
  void writesAPngOfTheInputsSizeForANamedKernel() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("edges.png");
    Run r =
        FoveaJar.run(
            "filter", image.toString(), "--kernel", "sobel-x", "--abs", "--out", out.toString());
    r.succeeded();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("Wrote " + out + "\n");
    assertThat(CliFixtures.pngShape(out)).containsExactly(10, 12, 3);
  }

  @Test
  void writesAGrayPngForAMatrixKernel() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("edges.png");
    FoveaJar.run(
            "filter", image.toString(), "--kernel", "[[-1,1]]", "--gray", "--out", out.toString())
        .succeeded();
    assertThat(CliFixtures.pngShape(out)).containsExactly(10, 12, 1);
  }

  @Test
  void rejectsBadOptionsAsBadUsage() throws Exception {
    String image = CliFixtures.smallPng(tmp, "bar.png").toString();
    String out = tmp.resolve("out.png").toString();
    FoveaJar.run("filter", image, "--kernel", "sobel-z", "--out", out).isUsageError("--kernel");
    FoveaJar.run("filter", image, "--kernel", "[[1,2],[3", "--out", out).isUsageError("--kernel");
    FoveaJar.run("filter", image, "--kernel", "gaussian", "--size", "4", "--out", out)
        .isUsageError("--size");
    FoveaJar.run("filter", image, "--kernel", "sharpen").isUsageError("--out");
    assertThat(Path.of(out)).doesNotExist();
  }

  @Test
  void failsWithOneLineForAMissingOrBrokenImageOrAnUnwritableOutput() throws Exception {
    Path missing = tmp.resolve("missing.png");
    Path out = tmp.resolve("out.png");
    FoveaJar.run("filter", missing.toString(), "--kernel", "sharpen", "--out", out.toString())
        .isFailure("IMAGE: no such file: " + missing);
    Path text = Files.writeString(tmp.resolve("text.png"), "not a picture");
    FoveaJar.run("filter", text.toString(), "--kernel", "sharpen", "--out", out.toString())
        .isFailure(text.toString());
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path blocked = text.resolve("out.png");
    FoveaJar.run("filter", image.toString(), "--kernel", "sharpen", "--out", blocked.toString())
        .isFailure(blocked.toString());
    assertThat(out).doesNotExist();
  }
}
