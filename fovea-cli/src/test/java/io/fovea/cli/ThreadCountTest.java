package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains the quick demo in two JVMs, one kernel thread and two: the kernels split work so that
 * every result is summed in the same order, so the trained weights are identical to the bit.
 */
class ThreadCountTest {

  @Test
  void trainingGivesBitIdenticalWeightsOnOneAndTwoThreads(@TempDir Path tmp) throws Exception {
    Path one = train(tmp.resolve("one"), 1);
    Path two = train(tmp.resolve("two"), 2);
    assertThat(Files.mismatch(one, two)).as("first differing byte").isEqualTo(-1L);
  }

  private static Path train(Path folder, int threads) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-modules",
                    "jdk.incubator.vector",
                    "-Dfovea.threads=" + threads,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.fovea.cli.Main",
                    "demo",
                    "--quick",
                    "--out",
                    folder.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolveSibling("log-" + threads + ".txt").toFile())
            .start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as(Files.readString(folder.resolveSibling("log-" + threads + ".txt")))
        .isEqualTo(0);
    return folder.resolve(Demo.WEIGHTS_FILE);
  }
}
