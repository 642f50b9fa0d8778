package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.fovea.cli.CliFixtures.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea train} runs that cannot end well: found before training, and never claimed. */
class TrainFailuresTest {

  @TempDir Path tmp;

  @Test
  void refusesAnOutUnderAFileBeforeTrainingWithExitCode2() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path blocker = Files.writeString(tmp.resolve("notes.txt"), "a file");
    Path out = blocker.resolve("sub/m.keras");
    Run r = train(data, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "fovea: --out: cannot write "
                + out
                + ": the folder cannot be created, "
                + blocker
                + " is a file\n");
    assertThat(r.err()).doesNotContain("Epoch").doesNotContain("parameters");
  }

  @Test
  void refusesACheckpointOrReportThatIsAFolderBeforeTraining() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path best = Files.createDirectories(tmp.resolve("best.keras"));
    Run checkpoint =
        train(data, "--out", tmp.resolve("m.keras").toString(), "--checkpoint", best.toString());
    assertThat(checkpoint.code()).as(checkpoint.err()).isEqualTo(2);
    assertThat(checkpoint.err())
        .startsWith("fovea: --checkpoint: cannot write " + best + ": it is a folder\n");
    Path report = Files.createDirectories(tmp.resolve("r.html"));
    Run r = train(data, "--out", tmp.resolve("m.keras").toString(), "--report", report.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("fovea: --report: cannot write " + report + ": it is a folder\n");
    assertThat(tmp.resolve("m.keras")).doesNotExist();
  }

  @Test
  void refusesAnEvaluateConfusionFileThatIsAFolderBeforeScoring() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path model = CliFixtures.tinyModel(tmp);
    Path confusion = Files.createDirectories(tmp.resolve("confusion.png"));
    Run r =
        CliFixtures.run(
            "evaluate", model.toString(), "--data", data.toString(), "--confusion", "" + confusion);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("fovea: --confusion: cannot write " + confusion + ": it is a folder\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refusesAReadOnlyFolderNamingTheReason() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path locked = Files.createDirectories(tmp.resolve("locked"));
    assumeFalse(
        !Files.getFileStore(locked).supportsFileAttributeView("posix"), "needs POSIX permissions");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // The superuser writes anyway: then there is nothing to refuse.
      assumeFalse(Files.isWritable(locked), "the folder stays writable for this user");
      Path out = locked.resolve("m.keras");
      Run r = train(data, "--out", out.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err())
          .startsWith(
              "fovea: --out: cannot write "
                  + out
                  + ": the folder "
                  + locked
                  + ", does not take new files (permission denied)\n");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void stopsAtTheFirstNanLossWithExitCode1AndClaimsNoFile() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 8);
    Path out = tmp.resolve("m.keras");
    Path best = tmp.resolve("best.keras");
    Run r =
        train(
            data,
            "--out",
            out.toString(),
            "--checkpoint",
            best.toString(),
            "--optimizer",
            "sgd",
            "--lr",
            "1e30",
            "--epochs",
            "3",
            "--json");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("Invalid loss, terminating training");
    // Epoch 1 ends with a huge but finite loss, checkpointed; epoch 2's first batch is NaN.
    assertThat(r.err().lines().filter(l -> l.startsWith("fovea: ")))
        .containsExactly(
            "fovea: train: the loss became NaN at epoch 2, batch 0 (Keras counts batches from 0);"
                + " training stopped and nothing was saved to "
                + out
                + "; the best model before it is in "
                + best
                + ". Lower the learning rate (--lr 1.0E30 now), or look for NaN or infinite values in"
                + " the data");
    assertThat(out).doesNotExist();
    assertThat(best).isRegularFile();
    assertThat(r.out()).doesNotContain("Wrote").doesNotContain("NaN");
  }

  @Test
  void namesTheOptionAndTheReasonWhenACheckpointWriteFailsLater() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    // The name is checked as given; the first epoch's file is a folder that cannot be replaced.
    Path blocked = Files.createDirectories(tmp.resolve("best1.keras"));
    Files.writeString(blocked.resolve("keep.txt"), "in the way");
    String template = tmp.resolve("best{epoch}.keras").toString();
    Run r = train(data, "--out", tmp.resolve("m.keras").toString(), "--checkpoint", template);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("fovea: ")))
        .containsExactly("fovea: --checkpoint: cannot write " + blocked + ": is a directory");
    assertThat(r.err()).doesNotContain(".tmp");
  }

  @Test
  void aRunAfterAKilledOneRemovesTheTemporaryFileItLeft() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 2);
    Path out = tmp.resolve("m.keras");
    // What kill -9 during a save leaves: a hidden, half-written file beside the target.
    Path left = Files.writeString(tmp.resolve(".m.keras." + UUID.randomUUID() + ".tmp"), "half");
    Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Run r = train(data, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(out).isRegularFile();
    assertThat(left).doesNotExist();
  }

  @Test
  void documentsTheStopOnNanAndTheExitCodesInHelp() {
    Run r = CliFixtures.run("train", "--help");
    String help = r.out().replaceAll("\\s+", " ");
    assertThat(help)
        .contains(
            "Training stops at the first batch whose loss is NaN or infinite (Keras's"
                + " TerminateOnNaN): nothing is then saved to --out and the exit code is 1.")
        .contains("Exit codes: 0 trained and saved, 1 failed, 2 bad usage");
  }

  private static Run train(Path data, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
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
                "0"));
    args.addAll(List.of(more));
    return CliFixtures.run(args.toArray(String[]::new));
  }
}
