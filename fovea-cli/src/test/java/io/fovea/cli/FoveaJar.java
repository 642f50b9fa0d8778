package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar {@code fovea-cli/target/fovea.jar} in its own JVM, as {@code ./fovea} does
 * ({@code java --add-modules jdk.incubator.vector -jar fovea.jar ARGS}), and captures the exit
 * code, stdout and stderr. Failsafe passes the jar's path as {@code -Dfovea.jar}; the {@code *IT}
 * classes that use this run after {@code package}.
 *
 * <p>As the launcher does, the JVM's incubator warning (the first stderr line) is dropped, so that
 * stderr is exactly what the command wrote.
 */
final class FoveaJar {

  /** Long enough for {@code demo --quick} on 2 busy cores; a command that hangs fails the test. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static final String INCUBATOR_WARNING = "WARNING: Using incubator modules";

  private FoveaJar() {}

  /** What one run of the jar printed and returned, with the checks every command shares. */
  record Run(List<String> args, int code, String out, String err) {

    /** Exit code 0 and nothing but progress or logs on stderr; returns this for more checks. */
    Run succeeded() {
      assertThat(code).as(this::describe).isZero();
      assertThat(err).as(this::describe).doesNotContain("fovea: ").doesNotContain("\tat ");
      return this;
    }

    /**
     * Bad usage: exit code 2, nothing on stdout, and on stderr one line {@code fovea: ...} that
     * contains {@code mention} (the option or parameter at fault), then picocli's hint {@code Try
     * 'fovea COMMAND --help'.}
     */
    void isUsageError(String mention) {
      assertThat(code).as(this::describe).isEqualTo(2);
      assertThat(out).as(this::describe).isEmpty();
      List<String> lines = err.lines().toList();
      assertThat(lines).as(this::describe).hasSize(2);
      assertThat(lines.get(0)).as(this::describe).startsWith("fovea: ").contains(mention);
      assertThat(lines.get(1)).as(this::describe).matches("Try 'fovea( [a-z]+)? --help'\\.");
    }

    /**
     * A failure: exit code 1, nothing on stdout, and on stderr exactly one line {@code fovea: ...}
     * that contains {@code mention} (no stack trace).
     */
    void isFailure(String mention) {
      assertThat(code).as(this::describe).isEqualTo(1);
      assertThat(out).as(this::describe).isEmpty();
      assertThat(err.lines().toList()).as(this::describe).hasSize(1);
      assertThat(err).as(this::describe).startsWith("fovea: ").contains(mention);
    }

    /** The command line and both streams, for assertion messages. */
    String describe() {
      return String.format(
          "fovea %s%nexit code %d%n--- stdout ---%n%s--- stderr ---%n%s",
          String.join(" ", args), code, out, err);
    }
  }

  /** Runs {@code fovea args...} in the current folder with {@link #TIMEOUT}. */
  static Run run(String... args) throws IOException, InterruptedException {
    return run(TIMEOUT, args);
  }

  /** Runs {@code fovea args...}; fails the test when it takes longer than {@code timeout}. */
  static Run run(Duration timeout, String... args) throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("fovea-it-", ".out");
    Path stderr = Files.createTempFile("fovea-it-", ".err");
    try {
      // Files, not pipes: nothing can block on a full pipe buffer, and no reader threads.
      Process process =
          new ProcessBuilder(command(args))
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        fail(
            "fovea %s: no exit after %s%n--- stderr ---%n%s",
            String.join(" ", args), timeout, read(stderr));
      }
      return new Run(
          List.of(args), process.exitValue(), read(stdout), dropIncubatorWarning(read(stderr)));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** {@code java --add-modules jdk.incubator.vector -jar fovea.jar args...}. */
  static List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-Xmx1g"));
    command.addAll(List.of("-jar", jar().toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The jar under test: {@code -Dfovea.jar}, else {@code target/fovea.jar} of this module. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("fovea.jar", "target/fovea.jar"));
    if (!Files.isRegularFile(jar)) {
      fail("no jar at %s: run the ITs with 'mvn verify', which builds it first", jar);
    }
    return jar;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String dropIncubatorWarning(String err) {
    if (!err.startsWith(INCUBATOR_WARNING)) {
      return err;
    }
    int end = err.indexOf('\n');
    return end < 0 ? "" : err.substring(end + 1);
  }
}
