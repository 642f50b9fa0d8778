package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fovea demo --quick} from the jar, as CI runs the README's first command: one epoch on 1000
 * images, far above the 0.1 of chance on the 10 classes.
 */
class DemoCommandIT {

  @TempDir Path tmp;

  @Test
  void theQuickDemoTrainsFarAboveChanceAndWritesItsFiles() throws Exception {
    Path folder = tmp.resolve("out");
    Run r = FoveaJar.run("demo", "--quick", "--out", folder.toString()).succeeded();
    assertThat(DemoCommandTest.testAccuracy(r.out())).as(r::describe).isGreaterThan(0.5);
    assertThat(r.out())
        .contains("Total params: 421,642")
        .containsPattern("(?m)^Test loss: \\d+\\.\\d{4}$")
        .containsPattern("(?m)^image 2: predicted .+, true Trouser$")
        .doesNotContain("Epoch");
    // Off a terminal the bar is only the epoch's final line, never redrawn.
    assertThat(r.err())
        .as(r::describe)
        .contains("Epoch 1/1")
        .containsPattern("(?m)^32/32 \\[=+\\] - \\d+s \\d+ms/step - loss: ")
        .doesNotContain("Total params:")
        .doesNotContain("Test accuracy")
        .doesNotContain("\r")
        .doesNotContain("ETA");
    for (String name : new String[] {Demo.GRID_FILE, Demo.MODEL_FILE, Demo.REPORT_FILE}) {
      assertThat(r.out()).contains("Wrote " + folder.resolve(name));
    }
    assertThat(CliFixtures.pngShape(folder.resolve(Demo.GRID_FILE))[1]).isGreaterThan(8 * 28);
    Sequential model = Demo.model(1, 10);
    Models.loadWeights(model, folder.resolve(Demo.MODEL_FILE));
    assertThat(model.countParams()).isEqualTo(421_642);
    assertThat(Files.readString(folder.resolve(Demo.REPORT_FILE)))
        .startsWith("<!DOCTYPE html>")
        .contains("Total params: 421,642")
        .contains("data:image/png;base64,");
  }

  @Test
  void rejectsZeroEpochsAsBadUsageAndWritesNothing() throws Exception {
    Path folder = tmp.resolve("out");
    FoveaJar.run("demo", "--epochs", "0", "--out", folder.toString()).isUsageError("--epochs");
    assertThat(folder).doesNotExist();
  }

  @Test
  void failsWithOneLineWhenTheOutputFolderCannotBeMade() throws Exception {
    Path file = Files.writeString(tmp.resolve("file.txt"), "x");
    Path folder = file.resolve("out");
    FoveaJar.run("demo", "--quick", "--out", folder.toString())
        .isFailure("--out: cannot create the folder " + folder);
  }
}
