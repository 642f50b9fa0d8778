package io.fovea.cli;

import io.fovea.model.Preprocessing;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The pixel scaling options shared by {@code train}, {@code evaluate} and {@code predict}, at most
 * one of them ({@link Preprocessing} has the formulas): {@code --rescale R} ({@code x * R}, R a
 * number or a fraction such as 1/255), {@code --scale-to A,B} (0..255 onto [A, B]: {@code x * (B -
 * A) / 255 + A}) and {@code --preprocess caffe|tf|torch} (Keras's {@code preprocess_input}).
 */
final class ScalingOptions {

  @Option(
      names = "--rescale",
      paramLabel = "R",
      description =
          "Multiply the 0..255 pixels by R, a number or a fraction such as 1/255 (default: the"
              + " model's stored preprocessing; train: 1/255).")
  String rescale;

  @Option(
      names = "--scale-to",
      paramLabel = "A,B",
      description =
          "Map the 0..255 pixels linearly onto [A, B], e.g. -1,1 (x * (B - A) / 255 + A)"
              + " (default: none).")
  String scaleTo;

  @Option(
      names = "--preprocess",
      paramLabel = "MODE",
      description = "Keras's preprocess_input: caffe, tf or torch (default: none).")
  String preprocess;

  /**
   * The scaling the options ask for, or null when none is given.
   *
   * @throws ParameterException (exit code 2) for more than one option or a malformed value
   */
  Preprocessing get(CommandSpec spec) {
    int given =
        (rescale != null ? 1 : 0) + (scaleTo != null ? 1 : 0) + (preprocess != null ? 1 : 0);
    if (given > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--rescale, --scale-to and --preprocess: expected at most one of them, got " + given);
    }
    if (preprocess != null) {
      if (!Preprocessing.Mode.names().contains(preprocess)) {
        throw new ParameterException(
            spec.commandLine(),
            "--preprocess: expected one of caffe, tf, torch, got '" + preprocess + "'");
      }
      return Preprocessing.preprocessInput(preprocess);
    }
    if (scaleTo != null) {
      return scaleTo(spec);
    }
    if (rescale != null) {
      try {
        return Preprocessing.rescale(parseRescale(rescale));
      } catch (NumberFormatException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--rescale: expected a number or a fraction such as 1/255, got '" + rescale + "'");
      }
    }
    return null;
  }

  private Preprocessing scaleTo(CommandSpec spec) {
    String[] parts = scaleTo.split(",", -1);
    try {
      if (parts.length == 2) {
        double lo = Double.parseDouble(parts[0].trim());
        double hi = Double.parseDouble(parts[1].trim());
        if (Double.isFinite(lo) && Double.isFinite(hi) && hi > lo) {
          return Preprocessing.scaleTo(lo, hi);
        }
      }
    } catch (NumberFormatException e) {
      // Reported below with the expected form.
    }
    throw new ParameterException(
        spec.commandLine(),
        "--scale-to: expected two numbers A,B with A < B such as -1,1, got '" + scaleTo + "'");
  }

  /** Parses {@code --rescale}: a number ({@code 0.5}) or a fraction ({@code 1/255}). */
  static double parseRescale(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    double value =
        slash < 0
            ? Double.parseDouble(t)
            : Double.parseDouble(t.substring(0, slash))
                / Double.parseDouble(t.substring(slash + 1));
    if (!Double.isFinite(value)) {
      throw new NumberFormatException("not a finite number: " + text);
    }
    return value;
  }
}
