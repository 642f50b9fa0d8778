package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAndEvaluateTest {

  @Test
  void theCnnReachesAGoodTestAccuracyAndDrawsItsPredictions(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(TrainAndEvaluate::main, folder);

    assertThat(run.number("last val_accuracy ([0-9.]+)")).isBetween(0.6, 1.0);
    assertThat(run.number("test loss ([0-9.]+)")).isBetween(0.1, 1.5);
    assertThat(run.number("test accuracy ([0-9.]+)")).isBetween(0.7, 1.0);
    run.png("confusion.png", "predictions.png");
  }
}
