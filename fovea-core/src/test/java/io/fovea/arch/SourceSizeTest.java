package io.fovea.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails any main source file over the line budget of STYLE.md (small files, one idea each). */
class SourceSizeTest {

  static final int MAX_LINES = 500;

  @Test
  void noMainSourceFileIsOver500Lines() throws IOException {
    // Surefire runs in the module folder; the repository root is its parent.
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> tooLong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            checked++;
            long lines;
            try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
              lines = text.count();
            }
            if (lines > MAX_LINES) {
              tooLong.add(root.relativize(file) + " has " + lines + " lines");
            }
          }
        }
      }
    }
    assertThat(checked).as("main source files found under " + root).isGreaterThan(10);
    assertThat(tooLong).as("files over " + MAX_LINES + " lines; split them").isEmpty();
  }
}
