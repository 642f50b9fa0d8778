package io.fovea.cli;

import io.fovea.applications.CourseModels;
import io.fovea.losses.Losses;
import io.fovea.saving.ModelFile;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fovea train}: trains a preset or a Keras {@code MODEL.json} on a data set or a folder of
 * class subfolders and saves it with its preprocessing and class names. Progress goes to stderr,
 * results to stdout (or one JSON object with {@code --json}); the work itself is {@link Training}.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train a model on a data set or a folder of images and save it with its preprocessing.",
      "MODEL is a preset (mlp, cnn-small, cnn-mnist, lenet, cnn-cifar10, vgg16), built for the"
          + " data's image size, channels and classes, or a Keras model config file (what"
          + " model.to_json() writes). Pixels are scaled by 1/255 unless --rescale, --scale-to or"
          + " --preprocess says otherwise; the scaling, image size, colour mode and class names"
          + " are saved with the model, so evaluate and predict prepare images the same way.",
      "Training stops at the first batch whose loss is NaN or infinite (Keras's TerminateOnNaN):"
          + " nothing is then saved to --out and the exit code is 1. Exit codes: 0 trained and"
          + " saved, 1 failed, 2 bad usage (also an --out, --checkpoint or --report that cannot be"
          + " written, checked before training starts)."
    })
final class TrainCommand implements Callable<Integer> {

  /** The optimisers {@code --optimizer} accepts. */
  static final List<String> OPTIMIZERS = List.of("sgd", "adam", "rmsprop");

  private final PrintStream out;
  private final PrintStream err;

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "MODEL",
      description = "A preset name or a MODEL.json file (required).")
  String model;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Passes over the training images (default: ${DEFAULT-VALUE}, as Keras's fit).")
  int epochs = 1;

  @Option(
      names = "--optimizer",
      paramLabel = "NAME",
      description = "sgd, adam or rmsprop (default: ${DEFAULT-VALUE}).")
  String optimizer = "adam";

  @Option(
      names = "--lr",
      paramLabel = "RATE",
      description =
          "Learning rate (default: Keras's for the optimizer: sgd 0.01, adam and rmsprop"
              + " 0.001).")
  Double lr;

  @Option(
      names = "--loss",
      paramLabel = "NAME",
      description =
          "A Keras loss; sparse_* losses get class indices, others one-hot labels (default:"
              + " ${DEFAULT-VALUE}).")
  String loss = "categorical_crossentropy";

  @Mixin ScalingOptions scaling;

  @Option(
      names = "--augment",
      description =
          "Augment the training images as the course does, with Keras's ImageDataGenerator:"
              + " rotation_range 40, width and height_shift_range 0.2, shear_range 0.2,"
              + " zoom_range 0.2, horizontal_flip, fill_mode nearest (default: off).")
  boolean augment;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description =
          "Seed of the preset's initial weights, the shuffling and the augmentation (default: a"
              + " random seed, printed).")
  Long seed;

  @Option(
      names = "--verbose",
      paramLabel = "LEVEL",
      description = "0 silent, 1 progress bar, 2 one line per epoch (default: ${DEFAULT-VALUE}).")
  int verbose = 1;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "The trained model, .keras or .h5 (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("model.keras");

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write an HTML report: summary, learning curves, validation metrics, confusion"
              + " matrix, predictions (default: none).")
  Path report;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description =
          "Also save the model (.keras) after each epoch whose val_loss is the lowest so far"
              + " (Keras's ModelCheckpoint, save_best_only; loss without validation) (default:"
              + " none).")
  Path checkpoint;

  @Option(names = "--json", description = "Print one JSON object of results (default: off).")
  boolean json;

  TrainCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    check();
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    new Training(this, out, err).run();
    return 0;
  }

  /** Whether {@code --model} names a preset rather than a file. */
  boolean isPreset() {
    return CourseModels.NAMES.contains(model.toLowerCase(Locale.ROOT));
  }

  private void check() {
    data.check(spec);
    scaling.get(spec);
    if (!isPreset() && !model.contains(".") && !model.contains("/")) {
      throw usage(
          "--model: expected a preset among "
              + String.join(", ", CourseModels.NAMES)
              + " or a MODEL.json file, got '"
              + model
              + "'");
    }
    if (epochs < 1) {
      throw usage("--epochs: expected a number >= 1, got " + epochs);
    }
    if (!OPTIMIZERS.contains(optimizer.toLowerCase(Locale.ROOT))) {
      throw usage("--optimizer: expected sgd, adam or rmsprop, got '" + optimizer + "'");
    }
    if (lr != null && !(lr > 0 && Double.isFinite(lr))) {
      throw usage("--lr: expected a number > 0, got " + lr);
    }
    try {
      Losses.get(loss);
    } catch (IllegalArgumentException e) {
      throw usage("--loss: " + e.getMessage());
    }
    if (verbose < 0 || verbose > 2) {
      throw usage("--verbose: expected 0, 1 or 2, got " + verbose);
    }
    // The file name decides the format in one place, the library's ModelFile.
    if (ModelFile.ofModel(output).isEmpty()) {
      throw usage("--out: expected a .keras or .h5 file, got " + output);
    }
    if (checkpoint != null && ModelFile.ofModel(checkpoint).orElse(null) != ModelFile.KERAS) {
      throw usage("--checkpoint: expected a .keras file, got " + checkpoint);
    }
    if (report != null) {
      CliFiles.requireExtension(spec, "--report", report, "html", "htm");
    }
    CliFiles.requireWritable(spec, "--out", output);
    if (checkpoint != null) {
      CliFiles.requireWritable(spec, "--checkpoint", checkpoint);
    }
    if (report != null) {
      CliFiles.requireWritable(spec, "--report", report);
    }
  }

  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
