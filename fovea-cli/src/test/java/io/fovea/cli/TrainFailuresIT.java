package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes and stderr of {@code fovea train} runs that cannot end well, from the real jar.
 */
class TrainFailuresIT {

  @TempDir Path tmp;

  @Test
  void anUnwritableOutIsBadUsageBeforeTraining() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path blocker = Files.writeString(tmp.resolve("notes.txt"), "a file");
    Path out = blocker.resolve("m.keras");
    FoveaJar.run("train", "--data", data.toString(), "--model", "mlp", "--out", out.toString())
        .isUsageError(
            "--out: cannot write "
                + out
                + ": the folder cannot be created, "
                + blocker
                + " is a file");
  }

  @Test
  void aNanLossEndsTheRunWithExitCode1AndSavesNothing() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 8);
    Path out = tmp.resolve("m.keras");
    Run r =
        FoveaJar.run(
            "train",
            "--data",
            data.toString(),
            "--model",
            "mlp",
            "--seed",
            "1",
            "--verbose",
            "0",
            "--validation-split",
            "0",
            "--optimizer",
            "sgd",
            "--lr",
            "1e30",
            "--epochs",
            "3",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(1);
    assertThat(r.out()).as(r.describe()).isEmpty();
    assertThat(r.err().lines().filter(l -> l.startsWith("fovea: ")))
        .as(r.describe())
        .singleElement()
        .asString()
        .startsWith("fovea: train: the loss became NaN at epoch 2, batch 0")
        .contains("nothing was saved to " + out);
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }
}
