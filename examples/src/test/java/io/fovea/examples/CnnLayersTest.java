package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CnnLayersTest {

  @Test
  void paddingStridesAndPoolingGiveKerasShapes(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(CnnLayers::main, folder);

    assertThat(run.text())
        .contains("conv2d -> [26, 26, 16]")
        .contains("conv2d_1 -> [26, 26, 16]")
        .contains("conv2d_2 -> [13, 13, 32]")
        .contains("max_pooling2d -> [6, 6, 32]")
        .contains("flatten -> [1152]")
        .contains("Total params: 18,650")
        .contains("max pool Tensor[2, 2] [[6.0, 2.0], [3.0, 9.0]]")
        .contains("average pool Tensor[2, 2] [[3.75, 1.25], [1.5, 7.0]]");
    run.png("pool-input.png", "pool-output.png");
  }
}
