package io.fovea.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every chapter of the guide shares: the folder its pictures and files go to. */
final class Examples {

  private Examples() {}

  /** The folder {@code args[0]} (default {@code guide-output}), created if absent. */
  static Path outputFolder(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "guide-output");
    return Files.createDirectories(folder);
  }
}
