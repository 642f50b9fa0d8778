package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.image.Colors;
import io.fovea.image.Images;
import io.fovea.image.ReadOptions;
import io.fovea.tensor.Tensor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterCommandTest {

  @TempDir Path tmp;

  @Test
  void writesAnImageOfTheSameSizeForEveryNamedKernel() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    for (String kernel : FilterCommand.KERNELS.keySet()) {
      Path out = tmp.resolve(kernel + ".png");
      Run r =
          CliFixtures.run("filter", image.toString(), "--kernel", kernel, "--out", out.toString());
      assertThat(r.code()).as(kernel + ": " + r.err()).isEqualTo(0);
      assertThat(r.out()).isEmpty();
      Tensor y = Images.read(out);
      assertThat(y.shape().dims()).as(kernel).containsExactly(10, 12, 3);
    }
  }

  @Test
  void saturatesTheResponseAsOpenCvDoesForBytes() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Path out = tmp.resolve("edges.png");
    Run r =
        CliFixtures.run(
            "filter", image.toString(), "--kernel", "[[-1,1]]", "--gray", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Tensor y = Images.read(out, ReadOptions.bytes());
    assertThat(y.shape().dims()).containsExactly(10, 12, 1);
    // The anchor of a 1x2 kernel is its second element: y[j] = x[j] - x[j - 1].
    Tensor gray = Colors.toGray(Images.read(image, ReadOptions.bytes()));
    float rise = gray.get(0, 5, 0) - gray.get(0, 4, 0);
    assertThat(rise).isGreaterThan(100f);
    assertThat(y.get(0, 5, 0)).isCloseTo(rise, org.assertj.core.data.Offset.offset(1f));
    // The falling edge is negative and saturates to 0.
    assertThat(y.get(0, 7, 0)).isEqualTo(0f);
    assertThat(y.get(0, 2, 0)).isEqualTo(0f);
  }

  @Test
  void rejectsAnUnknownKernelWithExitCode2() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Run r = CliFixtures.run("filter", image.toString(), "--kernel", "sobel-z", "--out", "x.png");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("fovea: --kernel: expected one of sobel-x, sobel-y,")
        .contains("got 'sobel-z'")
        .endsWith("Try 'fovea filter --help'.\n");
    assertThat(r.err().lines()).hasSize(2);
  }

  @Test
  void rejectsAMalformedMatrixAndAnUnknownBorder() throws Exception {
    Path image = CliFixtures.smallPng(tmp, "bar.png");
    Run bad =
        CliFixtures.run("filter", image.toString(), "--kernel", "[[1,2],[3", "--out", "x.png");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("fovea: --kernel: ");
    Run border =
        CliFixtures.run(
            "filter",
            image.toString(),
            "--kernel",
            "laplacian",
            "--border",
            "mirror",
            "--out",
            "x");
    assertThat(border.code()).isEqualTo(2);
    assertThat(border.err()).startsWith("fovea: --border: expected one of constant,");
  }

  @Test
  void failsWithExitCode1ForAMissingImage() {
    Run r =
        CliFixtures.run(
            "filter", tmp.resolve("no.png").toString(), "--kernel", "sharpen", "--out", "x.png");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("fovea: IMAGE: no such file: " + tmp.resolve("no.png") + "\n");
  }

  @Test
  void listsItsOptionsWithDefaults() {
    Run r = CliFixtures.run("filter", "--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .contains("--kernel")
        .contains("default: reflect-101")
        .contains("default: 3");
  }
}
