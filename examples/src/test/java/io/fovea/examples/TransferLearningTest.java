package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferLearningTest {

  @Test
  void aFrozenVgg16BaseFeedsANewHead(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(TransferLearning::main, folder);

    assertThat(run.text())
        .contains("VGG16 on 224x224x3: 138,357,544 params")
        .contains("base output [1, 1, 512], 14714688 params")
        .contains("Non-trainable params: 14,714,688")
        .contains("base unchanged: true");
    assertThat(run.number("feature extraction: test accuracy ([0-9.]+)")).isBetween(0.15, 1.0);
    assertThat(run.number("fine-tuning: loss ([0-9.]+)")).isBetween(0.0, 20.0);
  }
}
