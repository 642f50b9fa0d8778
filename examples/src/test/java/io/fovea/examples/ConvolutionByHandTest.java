package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvolutionByHandTest {

  @Test
  void loopsAndFiltersGiveTheSameSlidingDotProducts(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(ConvolutionByHand::main, folder);

    assertThat(run.text())
        .contains("by hand:        [1.0, 2.0, 2.0, 4.0]")
        .contains("convolve1d:     [1.0, 2.0, 2.0, 4.0]")
        .contains("same:           [5.0, 10.0, 15.0, 23.0, 18.0]")
        .contains("full:           [2.0, 5.0, 10.0, 15.0, 23.0, 18.0, 11.0]")
        .contains("valid, stride 2:[10.0, 23.0]")
        .contains("same [6, 6], same with stride 2 [3, 3]");
    String byHand = run.text().replaceAll("(?s).*by hand:    (Tensor[^\n]*).*", "$1");
    String library = run.text().replaceAll("(?s).*convolve2d: (Tensor[^\n]*).*", "$1");
    assertThat(byHand).startsWith("Tensor[4, 4] [[0.0, 27.0, 27.0, 0.0]").isEqualTo(library);
    run.png("conv-input.png", "conv-output.png");
  }
}
