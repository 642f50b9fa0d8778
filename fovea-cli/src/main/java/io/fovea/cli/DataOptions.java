package io.fovea.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The data options of {@code train} and {@code evaluate}: a named data set ({@code --dataset}) or a
 * folder with one subfolder per class ({@code --data DIR}, Keras's {@code flow_from_directory}),
 * the images' size and colour, the validation split and the batch size. {@link #check} turns bad
 * combinations into usage errors (exit code 2).
 */
final class DataOptions {

  /** The names {@code --dataset} accepts. */
  static final List<String> DATASETS =
      List.of("mnist", "fashion_mnist", "cifar10", "fashion_mnist_sample");

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description =
          "A Keras data set: mnist, fashion_mnist, cifar10, or fashion_mnist_sample (3000 training"
              + " and 1000 test images shipped with Fovea, offline) (default: none; give --dataset"
              + " or --data).")
  String dataset;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "A folder with one subfolder of images per class, as Keras's flow_from_directory; class"
              + " names are the sorted folder names (default: none).")
  Path data;

  @Option(
      names = "--target-size",
      paramLabel = "H,W",
      description =
          "Resize the images to H,W (default: the model's input size; for a preset the data's"
              + " size, with --data the first image's, or 256,256 when larger).")
  String targetSize;

  @Option(
      names = "--color-mode",
      paramLabel = "MODE",
      description =
          "rgb or grayscale (default: the model's channels; for a preset the data's, rgb with"
              + " --data as Keras).")
  String colorMode;

  @Option(
      names = "--validation-split",
      paramLabel = "F",
      description =
          "Fraction held out for validation: with --data the first F of each class folder (Keras's"
              + " validation_split subset), with --dataset the last F of the training images"
              + " (default: train --data 0.25; train --dataset the data set's test images;"
              + " evaluate 0, all images, or the held-out subset when given).")
  Double validationSplit;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Samples per batch (default: ${DEFAULT-VALUE}, as Keras).")
  int batchSize = 32;

  /** The parsed {@code --target-size}, or null when not given. */
  int[] size;

  /**
   * Checks the options: exactly one of {@code --dataset} and {@code --data}, a known data set name,
   * a well-formed target size and colour mode, a split in [0, 1) and a positive batch size.
   */
  void check(CommandSpec spec) {
    if ((dataset == null) == (data == null)) {
      throw usage(
          spec,
          "--dataset and --data: expected exactly one of them, got "
              + (dataset == null ? "neither" : "both"));
    }
    if (dataset != null && !DATASETS.contains(dataset.toLowerCase(Locale.ROOT))) {
      throw usage(
          spec,
          "--dataset: expected one of " + String.join(", ", DATASETS) + ", got '" + dataset + "'");
    }
    if (targetSize != null) {
      size = parseSize(spec, targetSize);
    }
    if (colorMode != null && !colorMode.equals("rgb") && !colorMode.equals("grayscale")) {
      throw usage(spec, "--color-mode: expected rgb or grayscale, got '" + colorMode + "'");
    }
    if (validationSplit != null && !(validationSplit >= 0 && validationSplit < 1)) {
      throw usage(
          spec, "--validation-split: expected a fraction in [0, 1), got " + validationSplit);
    }
    if (batchSize < 1) {
      throw usage(spec, "--batch-size: expected a number >= 1, got " + batchSize);
    }
  }

  /** The channels {@code --color-mode} asks for, or 0 when not given. */
  int channels() {
    return colorMode == null ? 0 : colorMode.equals("grayscale") ? 1 : 3;
  }

  /** "fashion_mnist_sample" or the folder, for messages. */
  String source() {
    return dataset != null ? dataset.toLowerCase(Locale.ROOT) : data.toString();
  }

  private static int[] parseSize(CommandSpec spec, String text) {
    String[] parts = text.split(",", -1);
    try {
      if (parts.length == 2) {
        int h = Integer.parseInt(parts[0].trim());
        int w = Integer.parseInt(parts[1].trim());
        if (h > 0 && w > 0) {
          return new int[] {h, w};
        }
      }
    } catch (NumberFormatException e) {
      // Reported below with the expected form.
    }
    throw usage(
        spec,
        "--target-size: expected two positive integers H,W such as 64,64, got '" + text + "'");
  }

  static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
