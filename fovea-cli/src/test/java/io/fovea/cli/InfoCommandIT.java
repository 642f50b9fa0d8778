package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import org.junit.jupiter.api.Test;

/** {@code fovea info} from the jar, started as {@code ./fovea} starts it. */
class InfoCommandIT {

  @Test
  void printsFourLinesOnStdoutAndUsesTheVectorModule() throws Exception {
    Run r = FoveaJar.run("info").succeeded();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().toList())
        .as(r::describe)
        .hasSize(4)
        .satisfiesExactly(
            line -> assertThat(line).matches("fovea    \\d+\\.\\d+\\.\\d+\\S*"),
            line -> assertThat(line).startsWith("java     " + Runtime.version().feature()),
            line -> assertThat(line).matches("kernels  (vector, \\d+ float lanes|scalar) \\(.+\\)"),
            line -> assertThat(line).matches("threads  \\d+ \\(.+\\)"));
    // The jar's JVM gets --add-modules jdk.incubator.vector, as the launcher gives it.
    assertThat(r.out()).doesNotContain("not present");
  }

  @Test
  void rejectsAnUnknownOptionAsBadUsage() throws Exception {
    FoveaJar.run("info", "--bogus").isUsageError("--bogus");
  }
}
