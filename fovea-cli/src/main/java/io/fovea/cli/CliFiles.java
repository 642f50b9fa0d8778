package io.fovea.cli;

import io.fovea.files.AtomicFiles;
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

  /**
   * Fails with the usage error "{@code OPTION: cannot write FILE: REASON}" unless {@code file} can
   * be written: it is not a folder, and its folder exists or can be created and takes a new file (a
   * probe file is created and deleted in it, or in the nearest existing folder above it). So a long
   * run never ends by failing to save its result.
   */
  static void requireWritable(CommandSpec spec, String option, Path file) {
    Path abs = file.toAbsolutePath();
    String problem = Files.isDirectory(abs) ? "it is a folder" : folderProblem(abs.getParent());
    if (problem != null) {
      throw new ParameterException(
          spec.commandLine(), option + ": cannot write " + file + ": " + problem);
    }
  }

  /** Why no file can be created in {@code folder}, or null when one can. */
  private static String folderProblem(Path folder) {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return "no folder above it exists";
    }
    if (!Files.isDirectory(existing)) {
      return "the folder cannot be created, " + existing + " is a file";
    }
    try {
      Files.delete(Files.createTempFile(existing, ".fovea-probe-", ".tmp"));
      return null;
    } catch (IOException e) {
      String where = existing.equals(folder) ? "the folder " : "the folder above it, ";
      return where + existing + ", does not take new files (" + AtomicFiles.reason(e) + ")";
    }
  }

  /**
   * An {@link IOException} naming the option, the file and the reason {@code e} gives, for a write
   * that failed although {@link #requireWritable} passed (a full disk, a folder changed meanwhile).
   */
  static IOException writeFailed(String option, Path file, IOException e) {
    return new IOException(option + ": cannot write " + file + ": " + AtomicFiles.reason(e), e);
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
