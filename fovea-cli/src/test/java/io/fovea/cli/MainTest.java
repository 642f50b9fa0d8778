package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void infoPrintsVersionJdkKernelsAndThreads() {
    assertThat(run("info")).isEqualTo(0);
    assertThat(out())
        .containsPattern("(?m)^fovea    \\d+\\.\\d+\\.\\d+")
        .containsPattern("(?m)^java     \\d+")
        .containsPattern("(?m)^kernels  (vector, \\d+ float lanes|scalar) \\(.+\\)$")
        .containsPattern("(?m)^threads  \\d+ ");
    assertThat(err()).isEmpty();
  }

  @Test
  void infoNamesTheScalarPathAndWhyWhenForced() {
    // Surefire's second run forces the scalar kernels; the first run may use either path.
    run("info");
    if ("scalar".equals(System.getProperty("fovea.kernels"))) {
      assertThat(out()).contains("kernels  scalar (forced by -Dfovea.kernels=scalar)");
    } else {
      assertThat(out()).doesNotContain("forced by");
    }
  }

  @Test
  void demoHelpListsEveryOptionWithItsDefault() {
    assertThat(run("demo", "--help")).isEqualTo(0);
    assertThat(out())
        .contains("--out=DIR")
        .contains("(default: fovea-demo-output)")
        .contains("--epochs=N")
        .contains("(default: " + DemoCommand.DEFAULT_EPOCHS + ", or 1")
        .contains("--seed=SEED")
        .contains("(default: 42)")
        .contains("--quick")
        .contains("1 epoch on the first 1000");
  }

  @Test
  void demoRejectsZeroEpochsAsBadUsage() {
    assertThat(run("demo", "--epochs", "0")).isEqualTo(2);
    assertThat(err()).startsWith("fovea: --epochs: expected a number >= 1, got 0");
    assertThat(out()).isEmpty();
  }

  @Test
  void demoRejectsAFileAsOutputFolderAsBadUsage(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("taken.txt"), "x");
    assertThat(run("demo", "--quick", "--out", file.toString())).isEqualTo(2);
    assertThat(err())
        .startsWith(
            "fovea: --out: expected a folder, got the file " + file + ". Choose another --out");
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("info").contains("demo");
  }

  @Test
  void unknownCommandIsAUsageErrorWithExitCode2() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "fovea: Unmatched argument at index 0: 'frobnicate'%nTry 'fovea --help'.%n"
                .formatted());
    assertThat(out()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    assertThat(run("info", "--bogus")).isEqualTo(2);
    assertThat(err()).contains("--bogus").contains("Try 'fovea info --help'.");
  }

  @Test
  void versionOptionPrintsTheVersion() {
    assertThat(run("--version")).isEqualTo(0);
    assertThat(out()).startsWith("fovea ");
  }
}
