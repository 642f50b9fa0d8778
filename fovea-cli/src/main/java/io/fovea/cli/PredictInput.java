package io.fovea.cli;

import io.fovea.data.ModelInputs;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns image files into the batch a model expects, as {@link ModelInputs#prepare(Preprocessing,
 * List, Shape)} does (read as 0..255 RGB, converted to the model's channels, resized, scaled),
 * after {@link #check} has told the user, in the options' words, what does not fit.
 *
 * <p>Input: files; output {@code [n, h, w, c]} for a model input {@code [h, w, c]}, or {@code [n,
 * h, w]} for {@code [h, w]} (gray).
 */
final class PredictInput {

  private final Shape input;
  private final Preprocessing preprocessing;

  /** Images for a model of per-sample {@code input}, scaled by {@code preprocessing}. */
  PredictInput(Shape input, Preprocessing preprocessing) {
    this.input = input;
    this.preprocessing = preprocessing;
  }

  /** The batch {@code [n, ...input]} of the images in {@code files}. */
  Tensor batch(List<Path> files) throws IOException {
    return ModelInputs.prepare(preprocessing, files, input);
  }

  /** Checks that {@code mode} fits {@code input}; returns null when it does, else the problem. */
  static String check(Shape input, Preprocessing.Mode mode) {
    if (input == null || (input.rank() != 2 && input.rank() != 3)) {
      return "expected a model whose input is an image [h, w] or [h, w, c], got "
          + (input == null ? "an unknown input shape" : input.toString());
    }
    int channels = input.rank() == 3 ? input.dim(2) : 1;
    if (channels != 1 && channels != 3) {
      return "expected a model input with 1 or 3 channels, got " + input;
    }
    if (mode != null && mode.needsRgb() && channels != 3) {
      return String.format(
          Locale.ROOT,
          "--preprocess %s: expected a model with 3 channels, got %s",
          mode.keras(),
          input);
    }
    return null;
  }
}
