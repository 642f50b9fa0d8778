package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeKernelsTest {

  @Test
  void sobelIsZeroOnAFlatImageAndLargeOnAnEdge(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(EdgeKernels::main, folder);

    assertThat(run.number("flat ([0-9.]+),")).isZero();
    assertThat(run.number("step ([0-9.]+)")).isEqualTo(4.0);
    assertThat(run.text()).contains("Sobel x on the step, row 0: Tensor[6] [0.0, 0.0, 4.0, 4.0");
  }

  @Test
  void lineAndSpotKernelsPreferTheirOwnShape(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(EdgeKernels::main, folder);

    double lineOnLine = run.number("horizontal-line kernel: line ([0-9.]+)");
    double lineOnDot = run.number("horizontal-line kernel: line [0-9.]+, dot ([0-9.]+)");
    double spotOnLine = run.number("light-spot kernel: line ([0-9.]+)");
    double spotOnDot = run.number("light-spot kernel: line [0-9.]+, dot ([0-9.]+)");
    assertThat(lineOnLine).isGreaterThan(lineOnDot);
    assertThat(spotOnDot).isGreaterThan(spotOnLine);
    assertThat(run.number("max magnitude ([0-9.]+)")).isBetween(0.5, 4 * Math.sqrt(2));
    run.png(
        "camera.png",
        "sobel-x.png",
        "sobel-y.png",
        "sobel-magnitude.png",
        "prewitt-x.png",
        "horizontal-line.png",
        "light-spot.png");
  }
}
