package io.fovea.cli;

import io.fovea.data.Labels;
import io.fovea.data.Labels.ClassScore;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fovea predict MODEL IMAGE...}: the top classes with their probabilities for each image,
 * one line per image ({@code file: name p, name p, ...}) or, with {@code --json}, one JSON array
 * {@code [{"image": ..., "top": [{"index": i, "class": name, "probability": p}, ...]}, ...]}.
 * Images are prepared by {@link PredictInput}; the model's output {@code [n, classes]} is read as
 * probabilities (a softmax last layer).
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Print the top classes with their probabilities for each image.",
      "Images are read as 0..255 RGB, converted to gray or RGB and resized (bilinear) to the "
          + "model's input, then scaled as stored with the model (models saved by fovea train); "
          + "for other models give --rescale, --scale-to or --preprocess as the model was trained."
    })
final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A .keras or .h5 model file.")
  Path model;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "IMAGE", description = "Image files.")
  List<Path> images;

  @Option(
      names = "--top",
      paramLabel = "K",
      description = "Classes printed per image (default: ${DEFAULT-VALUE}).")
  int top = 5;

  @Option(
      names = "--classes",
      paramLabel = "FILE",
      description =
          "Class names, one a line, in the model's output order (default: the names stored with"
              + " the model, else the indices).")
  Path classes;

  @Option(names = "--json", description = "Print one JSON array instead of lines (default: off).")
  boolean json;

  @Mixin ScalingOptions scaling;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top: expected a number >= 1, got " + top);
    }
    Preprocessing given = scaling.get(spec);
    CliFiles.requireFile("MODEL", model);
    for (Path image : images) {
      CliFiles.requireFile("IMAGE", image);
    }
    Sequential m = CliModels.load("MODEL", model, spec.commandLine().getErr()::println);
    m.output(new PrintStream(OutputStream.nullOutputStream()));
    Preprocessing p = given != null ? given : m.preprocessing();
    if (p == null) {
      p = Preprocessing.none();
    }
    String problem = PredictInput.check(m.inputShape(), p.mode());
    if (problem != null) {
      throw new IOException(model + ": " + problem);
    }
    Tensor x = new PredictInput(m.inputShape(), p).batch(images);
    Tensor probabilities = m.predict(x);
    List<String> names = classNames(probabilities.shape().dim(1), m.preprocessing());
    PrintWriter out = spec.commandLine().getOut();
    List<List<ClassScore>> best = Labels.topK(probabilities, top);
    out.print(json ? json(best, names) : lines(best, names));
    out.flush();
    return 0;
  }

  private List<String> classNames(int count, Preprocessing stored) throws IOException {
    List<String> names = new ArrayList<>();
    if (classes == null && stored != null && stored.classNames().size() == count) {
      return stored.classNames();
    }
    if (classes == null) {
      IntStream.range(0, count).forEach(i -> names.add(Integer.toString(i)));
      return names;
    }
    CliFiles.requireFile("--classes", classes);
    for (String line : Files.readAllLines(classes, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    if (names.size() != count) {
      throw new IOException(
          "--classes: expected "
              + count
              + " names for the model's outputs, got "
              + names.size()
              + " in "
              + classes);
    }
    return names;
  }

  private String lines(List<List<ClassScore>> best, List<String> names) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < images.size(); i++) {
      s.append(images.get(i)).append(':');
      String sep = " ";
      for (ClassScore c : best.get(i)) {
        s.append(sep)
            .append(
                String.format(
                    Locale.ROOT, "%s %.4f", CliText.safe(names.get(c.index())), c.probability()));
        sep = ", ";
      }
      s.append(System.lineSeparator());
    }
    return s.toString();
  }

  /** Six decimals, or null for NaN (a model with NaN weights): JSON has no NaN. */
  private static String probability(double p) {
    return Double.isFinite(p) ? String.format(Locale.ROOT, "%.6f", p) : "null";
  }

  private String json(List<List<ClassScore>> best, List<String> names) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < images.size(); i++) {
      s.append(i == 0 ? "" : ",")
          .append("\n  {\"image\": ")
          .append(JsonWriter.quote(images.get(i).toString()));
      s.append(", \"top\": [");
      String sep = "";
      for (ClassScore c : best.get(i)) {
        s.append(sep)
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"index\": %d, \"class\": %s, \"probability\": %s}",
                    c.index(),
                    JsonWriter.quote(names.get(c.index())),
                    probability(c.probability())));
        sep = ", ";
      }
      s.append("]}");
    }
    return s.append("\n]").append(System.lineSeparator()).toString();
  }
}
