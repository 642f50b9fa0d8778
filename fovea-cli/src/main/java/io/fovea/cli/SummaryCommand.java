package io.fovea.cli;

import io.fovea.applications.CourseModels;
import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea summary MODEL}: loads a Keras model file ({@code .keras} or legacy {@code .h5}), a
 * Keras config ({@code MODEL.json}) or builds a preset of {@link CourseModels} at its canonical
 * shape and 10 classes (VGG16: 1000), and prints Keras's table of layers, output shapes and
 * parameter counts on stdout.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Print the Keras summary table of a model file (.keras or .h5), a Keras MODEL.json or a"
            + " preset (mlp, cnn-small, cnn-mnist, lenet, cnn-cifar10, vgg16; at its canonical"
            + " input shape, 10 classes or VGG16's 1000).")
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description = "A .keras or .h5 model file, a MODEL.json or a preset name.")
  String model;

  @Override
  public Integer call() throws Exception {
    Sequential loaded;
    if (CourseModels.NAMES.contains(model)) {
      loaded =
          CourseModels.build(
              model, CourseModels.canonicalShape(model), model.equals("vgg16") ? 1000 : 10, 0);
    } else {
      Path file = Path.of(model);
      CliFiles.requireFile("MODEL", file);
      loaded =
          CliFiles.extension(file).equals("json")
              ? Models.fromConfig(file)
              : CliModels.load("MODEL", file, spec.commandLine().getErr()::println);
    }
    // summary() also prints to the model's stream; the table goes through picocli's writer instead.
    loaded.output(new PrintStream(OutputStream.nullOutputStream()));
    PrintWriter out = spec.commandLine().getOut();
    // Layer and model names come from the file: escape what could drive the terminal.
    out.print(CliText.safeLines(loaded.summary()));
    out.flush();
    return 0;
  }
}
