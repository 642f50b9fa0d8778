package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedWeightsTest {

  @Test
  void savedModelsLoadBackAndKernelsComputeTheLayer(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(SavedWeights::main, folder);

    assertThat(run.number("max \\|difference\\| of predictions ([0-9.e+-]+)")).isLessThan(1e-6);
    assertThat(run.text())
        .contains("same weights: true")
        .contains("cnn.h5: 31530 params")
        .contains("kernel [3, 3, 1, 16], bias [16]")
        .contains("by hand equals the layer: true");
    assertThat(run.number("cnn.keras: ([0-9]+) bytes")).isGreaterThan(50_000);
    run.png("filters.png", "activations.png");
  }
}
