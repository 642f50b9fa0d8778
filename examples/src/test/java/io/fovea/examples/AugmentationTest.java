package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AugmentationTest {

  @Test
  void augmentedBatchesTrainAndFoldersFlow(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(Augmentation::main, folder);

    assertThat(run.text()).contains("augmented batch [8, 28, 28, 1]");
    assertThat(run.number("augmented batch \\[[0-9, ]+\\], max ([0-9.]+)")).isBetween(0.5, 1.0);
    assertThat(run.number("val_accuracy ([0-9.]+)")).isBetween(0.4, 1.0);
    assertThat(run.text()).contains("classes {bag=0, sneaker=1}, first batch [8, 28, 28, 1]");
    run.png("originals.png", "augmented.png");
  }
}
