package io.fovea.cli;

import io.fovea.model.Sequential;
import io.fovea.saving.ModelFile;
import io.fovea.saving.Models;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea convert IN OUT}: reads a model file ({@code .keras} or legacy {@code .h5}) and
 * writes it in the format OUT's extension names ({@code io.fovea.saving.ModelFile}): a Keras 3
 * {@code .keras} archive or a legacy {@code .h5} model ({@code model.save("x.h5")}); any other
 * extension is a usage error.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Convert a model file between .h5 and .keras (the output format by extension).")
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "The model file to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The model file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (ModelFile.ofModel(out).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "OUT: expected a .keras or .h5 file name, got " + out);
    }
    CliFiles.requireWritable(spec, "OUT", out);
    PrintWriter err = spec.commandLine().getErr();
    Sequential model = CliModels.load("IN", in, err::println);
    try {
      Models.save(model, out);
    } catch (IOException e) {
      throw CliFiles.writeFailed("OUT", out, e);
    }
    spec.commandLine().getErr().println("Wrote " + out);
    return 0;
  }
}
