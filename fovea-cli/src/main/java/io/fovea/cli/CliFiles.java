package io.fovea.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks shared by the commands that read and write files; a missing file is exit code 1, a wrong
 * file type a usage error (exit code 2).
 */
final class CliFiles {

  private CliFiles() {}

  /**
   * Fails with "{@code LABEL: no such file: FILE}" unless {@code file} is a readable file, so that
   * a typo reads as one clear line rather than a library stack of causes.
   */
  static void requireFile(String label, Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new FileNotFoundException(label + ": no such file: " + file);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IOException(label + ": expected a readable file, got " + file);
    }
  }

  /** The file name's extension in lower case without the dot, or "" when it has none. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Fails with the usage error "{@code OPTION: expected a .A or .B file, got FILE}" unless {@code
   * file}'s extension is one of {@code extensions} (lower case, without the dot).
   */
  static void requireExtension(CommandSpec spec, String option, Path file, String... extensions) {
    if (!List.of(extensions).contains(extension(file))) {
      throw new ParameterException(
          spec.commandLine(),
          option + ": expected a ." + String.join(" or .", extensions) + " file, got " + file);
    }
  }
}
