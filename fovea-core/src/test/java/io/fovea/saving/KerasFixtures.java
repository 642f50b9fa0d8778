package io.fovea.saving;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real Keras files under {@code ../shared/fixtures/keras/} (see its README.md). */
final class KerasFixtures {

  static final String LEGACY_H5 = "cifar10-nikhilnitr-keras215-bn/cifar10_model.h5";
  static final String KERAS3 = "cifar10-sudosidd-keras3/cifar10_model.keras";
  static final String TF_KERAS_214 = "format-only-tfkeras214-dotkeras/cifar10.keras";
  static final String SUBCLASSED =
      "format-only-keras315-fixture/pre_pr22362_nested_container.keras";

  private KerasFixtures() {}

  /** The fixture at {@code relative}; the test is skipped when the shared folder is absent. */
  static Path get(String relative) {
    Path folder = folder();
    assumeTrue(
        folder != null,
        "skipped: ../shared/fixtures/keras not found above " + System.getProperty("user.dir"));
    Path file = folder.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "skipped: fixture " + file + " is absent");
    return file;
  }

  private static Path folder() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures/keras");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
