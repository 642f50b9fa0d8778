package io.fovea.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fovea demo}: the README's first command. Trains the course's small CNN on the
 * Fashion-MNIST sample shipped in the library, offline, and writes a picture of the training
 * images, the trained model (a Keras 3 {@code model.keras}) and a report into a folder. Results go
 * to stdout, progress to stderr; the work itself is {@link Demo}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Train a small CNN on the Fashion-MNIST sample shipped with Fovea (offline): "
            + "show a grid of training images, print the model summary, train with a progress bar, "
            + "print the test loss and accuracy and three predictions, write the model (.keras) and "
            + "a report.")
final class DemoCommand implements Callable<Integer> {

  /** Epochs of the full run: about a minute on 2 cores (see the README). */
  static final int DEFAULT_EPOCHS = 10;

  /** Training images of {@code --quick}: enough to stay far above chance in one epoch. */
  static final int QUICK_TRAIN_IMAGES = 1000;

  private final PrintStream out;
  private final PrintStream err;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Folder for the image grid, the model and the report, created if needed "
              + "(default: ${DEFAULT-VALUE}).")
  Path folder = Path.of("fovea-demo-output");

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Training epochs (default: " + DEFAULT_EPOCHS + ", or 1 with --quick).")
  Integer epochs;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description =
          "Seed of the initial weights, dropout and shuffling (default: ${DEFAULT-VALUE})"
              + "; the same seed gives the same run.")
  long seed = 42;

  @Option(
      names = "--quick",
      description =
          "Reduced run for CI and tests: 1 epoch on the first "
              + QUICK_TRAIN_IMAGES
              + " training images (default: off, the full run on all 3000).")
  boolean quick;

  DemoCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    int n = epochs != null ? epochs : quick ? 1 : DEFAULT_EPOCHS;
    if (n < 1) {
      throw new ParameterException(
          spec.commandLine(), "--epochs: expected a number >= 1, got " + n);
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new ParameterException(
          spec.commandLine(),
          "--out: expected a folder, got the file " + folder + ". Choose another --out");
    }
    // Picocli's writers may hold text written before this command ran.
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    Demo.Settings settings = new Demo.Settings(folder, n, seed, quick ? QUICK_TRAIN_IMAGES : 0);
    new Demo(settings, out, err).run();
    return 0;
  }
}
