package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCurvesTest {

  @Test
  void overFitsThenStopsEarly(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(TrainingCurves::main, folder);

    assertThat(run.text()).contains("keys [loss, accuracy, val_loss, val_accuracy]");
    double firstLoss = run.number("epoch 1: loss ([0-9.]+)");
    double lastLoss = run.number("epoch 15: loss ([0-9.]+)");
    double bestValLoss = run.number("epoch 8: loss [0-9.]+, val_loss ([0-9.]+)");
    double lastValLoss = run.number("epoch 15: loss [0-9.]+, val_loss ([0-9.]+)");
    assertThat(lastLoss).isLessThan(firstLoss / 3);
    assertThat(lastValLoss).as("validation loss rises: over-fitting").isGreaterThan(bestValLoss);
    assertThat(run.number("early stopping after ([0-9]+) epochs")).isBetween(3.0, 14.0);
    run.png("curves.png", "curves-early-stopping.png");
  }
}
