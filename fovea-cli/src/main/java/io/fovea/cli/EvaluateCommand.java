package io.fovea.cli;

import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea evaluate MODEL}: the loss, accuracy, per-class accuracy and confusion matrix of a
 * saved model on a data set's test images or a folder of class subfolders, scored by {@link
 * Scoring}. Images are prepared as stored with the model, else as the scaling options say.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print a model's loss, accuracy and per-class accuracy on labelled images.",
      "Images are converted to the model's colour and input size and scaled as stored with the"
          + " model (models saved by fovea train); for other models give --rescale, --scale-to or"
          + " --preprocess (without, pixels stay 0..255). Class names come from the model, else"
          + " from the data."
    })
final class EvaluateCommand implements Callable<Integer> {

  private final PrintStream out;
  private final PrintStream err;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A .keras or .h5 model file.")
  Path model;

  @Mixin DataOptions data;

  @Mixin ScalingOptions scaling;

  @Option(
      names = "--confusion",
      paramLabel = "FILE",
      description = "Also draw the confusion matrix as a PNG (default: none).")
  Path confusion;

  @Option(names = "--json", description = "Print one JSON object of results (default: off).")
  boolean json;

  EvaluateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    data.check(spec);
    Preprocessing given = scaling.get(spec);
    if (confusion != null) {
      CliFiles.requireExtension(spec, "--confusion", confusion, "png");
      CliFiles.requireWritable(spec, "--confusion", confusion);
    }
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    Sequential m = CliModels.load("MODEL", model, err::println);
    m.output(err);
    new Scoring(this, m, given, out, err).run();
    return 0;
  }
}
