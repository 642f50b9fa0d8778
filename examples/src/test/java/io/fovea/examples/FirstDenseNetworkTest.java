package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstDenseNetworkTest {

  @Test
  void learnsFashionMnistWellAboveChance(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(FirstDenseNetwork::main, folder);

    assertThat(run.text())
        .contains("train [3000, 28, 28], test [1000, 28, 28]")
        .contains("Total params: 101,770")
        .contains("Epoch 5/5");
    assertThat(run.number("test accuracy ([0-9.]+)")).isBetween(0.7, 1.0);
    assertThat(run.number("with probability ([0-9.]+)")).isBetween(0.1, 1.0);
    run.png("fashion.png");
  }
}
