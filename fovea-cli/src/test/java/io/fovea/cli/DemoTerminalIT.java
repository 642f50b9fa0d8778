package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code fovea demo --quick} from the jar on a real terminal, made by util-linux's {@code
 * script}: the progress bar (on stderr) redraws one line in place. Skipped where {@code script} is
 * missing. The per-epoch lines off a terminal are checked by {@link DemoCommandIT}.
 */
class DemoTerminalIT {

  private static final Path SCRIPT = Path.of("/usr/bin/script");

  @Test
  void theProgressBarRedrawsOneLineOnATerminal(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "util-linux script is not installed");
    String command =
        FoveaJar.command("demo", "--quick", "--out", tmp.resolve("out").toString()).stream()
            .map(DemoTerminalIT::quote)
            .collect(Collectors.joining(" "));
    Process process =
        new ProcessBuilder(List.of(SCRIPT.toString(), "-qec", command, "/dev/null"))
            .redirectErrorStream(true)
            .start();
    String screen = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(screen).isEqualTo(0);
    // Redraws start with a carriage return and show the ETA; the last one ends the line.
    assertThat(screen)
        .containsPattern("\r\\s*\\d+/32 \\[[=>.]+\\] - ETA: \\d+s - loss: ")
        .containsPattern(
            "\r32/32 \\[=+\\] - \\d+s \\d+ms/step - loss: [0-9.]+ - accuracy: " + "[0-9.]+ *\r?\n");
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
