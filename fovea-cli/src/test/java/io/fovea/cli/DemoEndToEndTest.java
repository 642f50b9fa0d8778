package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code fovea demo --quick} in a fresh JVM, as a user would (the shaded jar is built after
 * the tests, so the JVM gets the test class path and the main class instead).
 */
class DemoEndToEndTest {

  @Test
  void theQuickDemoRunsInItsOwnJvm(@TempDir Path tmp) throws Exception {
    Path folder = tmp.resolve("out");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-modules",
                    "jdk.incubator.vector",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.fovea.cli.Main",
                    "demo",
                    "--quick",
                    "--out",
                    folder.toString()))
            .start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
    String out = read(process, false);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err.get()).isEqualTo(0);
    assertThat(DemoCommandTest.testAccuracy(out)).isGreaterThan(0.5);
    assertThat(out).contains("Total params:").containsPattern("(?m)^image 2: predicted ");
    // Off a terminal the bar is only the epoch's final line, never redrawn.
    assertThat(err.get())
        .contains("Epoch 1/1")
        .doesNotContain("Total params:")
        .containsPattern("(?m)^32/32 \\[=+\\] - \\d+s \\d+ms/step - loss: ")
        .doesNotContain("\r")
        .doesNotContain("ETA");
    for (String name : List.of(Demo.GRID_FILE, Demo.WEIGHTS_FILE, Demo.REPORT_FILE)) {
      assertThat(folder.resolve(name)).isRegularFile();
      assertThat(Files.size(folder.resolve(name))).isPositive();
    }
  }

  private static String read(Process process, boolean errors) {
    try {
      InputStream in = errors ? process.getErrorStream() : process.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
