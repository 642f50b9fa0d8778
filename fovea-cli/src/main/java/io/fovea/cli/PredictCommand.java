package io.fovea.cli;

import io.fovea.model.Sequential;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
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
          + "model's input; give --rescale or --preprocess as the model was trained."
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
      description = "Class names, one a line, in the model's output order (default: the indices).")
  Path classes;

  @Option(names = "--json", description = "Print one JSON array instead of lines (default: off).")
  boolean json;

  @Option(
      names = "--rescale",
      paramLabel = "R",
      description =
          "Multiply the 0..255 pixels by R, a number or a fraction such as 1/255 "
              + "(default: none).")
  String rescale;

  @Option(
      names = "--preprocess",
      paramLabel = "MODE",
      description = "Keras's preprocess_input: caffe, tf or torch (default: none).")
  String preprocess;

  @Override
  public Integer call() throws Exception {
    float r = checkOptions();
    CliFiles.requireFile("MODEL", model);
    for (Path image : images) {
      CliFiles.requireFile("IMAGE", image);
    }
    Sequential m = Models.load(model);
    m.output(new PrintStream(OutputStream.nullOutputStream()));
    String problem = PredictInput.check(m.inputShape(), preprocess);
    if (problem != null) {
      throw new IOException(model + ": " + problem);
    }
    Tensor x = new PredictInput(m.inputShape(), r, preprocess).batch(images);
    Tensor p = m.predict(x);
    List<String> names = classNames(p.shape().dim(1));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(p, names) : lines(p, names));
    out.flush();
    return 0;
  }

  private float checkOptions() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top: expected a number >= 1, got " + top);
    }
    if (preprocess != null && !PredictInput.MODES.contains(preprocess)) {
      throw new ParameterException(
          spec.commandLine(),
          "--preprocess: expected one of caffe, tf, torch, got '" + preprocess + "'");
    }
    if (rescale == null) {
      return 1f;
    }
    if (preprocess != null) {
      throw new ParameterException(
          spec.commandLine(), "--rescale and --preprocess: expected one of them, got both");
    }
    try {
      return PredictInput.parseRescale(rescale);
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--rescale: expected a number or a fraction such as 1/255, got '" + rescale + "'");
    }
  }

  private List<String> classNames(int count) throws IOException {
    List<String> names = new ArrayList<>();
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

  /** The indices of row {@code i}'s {@code top} largest values, largest first. */
  private int[] best(Tensor p, int i) {
    int n = p.shape().dim(1);
    return IntStream.range(0, n)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer j) -> -p.get(i, j)).thenComparingInt(j -> j))
        .limit(Math.min(top, n))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private String lines(Tensor p, List<String> names) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < images.size(); i++) {
      s.append(images.get(i)).append(':');
      String sep = " ";
      for (int j : best(p, i)) {
        s.append(sep).append(String.format(Locale.ROOT, "%s %.4f", names.get(j), p.get(i, j)));
        sep = ", ";
      }
      s.append(System.lineSeparator());
    }
    return s.toString();
  }

  private String json(Tensor p, List<String> names) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < images.size(); i++) {
      s.append(i == 0 ? "" : ",")
          .append("\n  {\"image\": ")
          .append(quote(images.get(i).toString()));
      s.append(", \"top\": [");
      String sep = "";
      for (int j : best(p, i)) {
        s.append(sep)
            .append(
                String.format(
                    Locale.ROOT,
                    "{\"index\": %d, \"class\": %s, \"probability\": %.6f}",
                    j,
                    quote(names.get(j)),
                    p.get(i, j)));
        sep = ", ";
      }
      s.append("]}");
    }
    return s.append("\n]").append(System.lineSeparator()).toString();
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
