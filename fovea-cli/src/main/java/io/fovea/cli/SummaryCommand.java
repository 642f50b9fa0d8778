package io.fovea.cli;

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
 * {@code fovea summary MODEL}: loads a Keras model file ({@code .keras} or legacy {@code .h5}) and
 * prints Keras's table of layers, output shapes and parameter counts on stdout.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Print the Keras summary table of a model file (.keras or .h5).")
final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A .keras or .h5 model file.")
  Path model;

  @Override
  public Integer call() throws Exception {
    CliFiles.requireFile("MODEL", model);
    Sequential loaded = Models.load(model);
    // summary() also prints to the model's stream; the table goes through picocli's writer instead.
    loaded.output(new PrintStream(OutputStream.nullOutputStream()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(loaded.summary());
    out.flush();
    return 0;
  }
}
