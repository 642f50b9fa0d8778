package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts a real JVM without the Vector API module: the scalar kernels must take over. */
class ScalarFallbackTest {

  @Test
  void aJvmWithoutTheVectorModuleRunsTheScalarKernelsAndSaysWhy() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.fovea.cli.Main",
                    "info"))
            .redirectErrorStream(true)
            .start();
    String output = read(process);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(0);
    assertThat(output)
        .contains(
            "kernels  scalar (module jdk.incubator.vector not present; start java with "
                + "--add-modules jdk.incubator.vector)");
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
