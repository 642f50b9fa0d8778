package io.fovea.cli;

import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the commands load a model file: through {@link Models}, then a warning when weights hold NaN
 * or infinities (a model saved from a diverged run loads, but every prediction is NaN).
 */
final class CliModels {

  private CliModels() {}

  /** The model in {@code file} (checked as {@code label}); warnings go to {@code warn}. */
  static Sequential load(String label, Path file, Consumer<String> warn) throws IOException {
    CliFiles.requireFile(label, file);
    Sequential model = Models.load(file);
    warnNonFinite(file, model, warn);
    return model;
  }

  /** Warns, naming each layer and weight, when {@code model}'s weights are not all finite. */
  static void warnNonFinite(Path file, Sequential model, Consumer<String> warn) {
    List<String> bad = Models.nonFiniteWeights(model);
    if (!bad.isEmpty()) {
      warn.accept(
          CliText.safe(
              "fovea: warning: "
                  + file
                  + ": NaN or infinite values in the weight"
                  + (bad.size() == 1 ? " " : "s ")
                  + String.join(", ", bad)
                  + " (layer/weight); its outputs will be NaN. Was it saved from a diverged run?"));
    }
  }
}
