package io.fovea.cli;

import io.fovea.data.Labels;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work of {@code fovea evaluate}: load the images for the model's input, scale them, and count.
 * With {@code n_k} images of class {@code k} and {@code c_k} of them predicted {@code k} (the
 * argmax of the output): per-class accuracy {@code c_k / n_k} (the recall), accuracy {@code sum c_k
 * / n}, and the confusion matrix {@code m[i][j]}, the images of true class {@code i} predicted
 * {@code j}. The loss is the model's compiled loss (categorical cross-entropy when it was saved
 * without one), as Keras's {@code evaluate}.
 */
final class Scoring {

  private final EvaluateCommand o;
  private final Sequential model;
  private final Preprocessing given;
  private final PrintStream out;
  private final PrintStream err;

  Scoring(
      EvaluateCommand options,
      Sequential model,
      Preprocessing given,
      PrintStream out,
      PrintStream err) {
    this.o = options;
    this.model = model;
    this.given = given;
    this.out = out;
    this.err = err;
  }

  void run() throws IOException {
    Preprocessing stored = model.preprocessing();
    Preprocessing p = given != null ? given : stored != null ? stored : Preprocessing.none();
    if (given != null
        && stored != null
        && !given
            .withImages(stored.colorMode(), stored.height(), stored.width())
            .withClassNames(stored.classNames())
            .equals(stored)) {
      err.println(
          "Note: scaling as the options say, not as stored with "
              + o.model
              + " ("
              + stored.describe()
              + ")");
    }
    if (given == null && stored == null) {
      err.println(
          "Note: " + o.model + " stores no preprocessing and none was given: pixels stay 0..255");
    }
    CliData.Loaded data = CliData.forEvaluation(o.data, CliData.Want.of(model.inputShape()), err);
    String problem = PredictInput.check(model.inputShape(), p.mode());
    if (model.inputShape() != null && model.inputShape().rank() == 1) {
      problem = p.isAffine() ? null : problem;
    }
    if (problem != null) {
      throw new IOException(o.model + ": " + problem);
    }
    int classes = model.outputShape().dim(model.outputShape().rank() - 1);
    List<String> names = names(stored, data, classes);
    int[] truth = labels(stored, data, names);
    Tensor x = Inputs.of(p, data.validation().x(), model.inputShape(), o.model.toString());
    if (model.loss() == null) {
      model.compile("adam", "categorical_crossentropy", "accuracy");
    }
    Tensor y =
        model.loss().name().startsWith("sparse")
            ? Labels.asTensor(truth)
            : Labels.toCategorical(truth, classes);
    double loss = model.evaluateNamed(x, y, o.data.batchSize).get("loss");
    int[] predicted = Labels.argmax(model.predict(x, o.data.batchSize));
    int[][] matrix = new int[classes][classes];
    for (int i = 0; i < truth.length; i++) {
      matrix[truth[i]][predicted[i]]++;
    }
    if (o.confusion != null) {
      try {
        Plots.confusionMatrix(truth, predicted, names.toArray(new String[0]), o.confusion);
      } catch (IOException e) {
        throw CliFiles.writeFailed("--confusion", o.confusion, e);
      }
    }
    print(p, loss, matrix, names);
  }

  /** The model's class names, else the data's; their count must match the model's outputs. */
  private List<String> names(Preprocessing stored, CliData.Loaded data, int classes)
      throws IOException {
    List<String> names =
        stored != null && !stored.classNames().isEmpty() ? stored.classNames() : data.classes();
    if (names.isEmpty()) {
      names = new ArrayList<>();
      for (int k = 0; k < classes; k++) {
        names.add(Integer.toString(k));
      }
    }
    if (names.size() != classes) {
      throw new IOException(
          o.model
              + ": expected data of "
              + classes
              + " classes for the model's outputs, got "
              + names.size()
              + " "
              + names);
    }
    return names;
  }

  /**
   * The data's labels as indices of the model's outputs: a folder's sorted class names are matched
   * by name to the names stored with the model, so the order of either does not matter.
   */
  private int[] labels(Preprocessing stored, CliData.Loaded data, List<String> names)
      throws IOException {
    int[] labels = data.validation().labels();
    List<String> own = data.classes();
    if (stored == null || stored.classNames().isEmpty() || own.isEmpty() || own.equals(names)) {
      for (int label : labels) {
        if (label >= names.size()) {
          throw new IOException(
              o.model + ": expected labels below " + names.size() + ", got " + label);
        }
      }
      return labels;
    }
    int[] map = new int[own.size()];
    for (int k = 0; k < own.size(); k++) {
      map[k] = names.indexOf(own.get(k));
      if (map[k] < 0) {
        throw new IOException(
            o.model
                + ": expected the data's classes among the model's "
                + names
                + ", got '"
                + own.get(k)
                + "'");
      }
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = map[labels[i]];
    }
    return out;
  }

  private void print(Preprocessing p, double loss, int[][] matrix, List<String> names) {
    int n = 0;
    int correct = 0;
    Map<String, Double> perClass = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<List<Integer>> rows = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      List<Integer> row = Arrays.stream(matrix[k]).boxed().toList();
      int total = row.stream().mapToInt(Integer::intValue).sum();
      n += total;
      correct += matrix[k][k];
      perClass.put(names.get(k), total == 0 ? null : (double) matrix[k][k] / total);
      counts.put(names.get(k), total);
      rows.add(row);
    }
    double accuracy = n == 0 ? Double.NaN : (double) correct / n;
    if (o.json) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("model", o.model.toString());
      r.put("data", o.data.source());
      r.put("samples", n);
      r.put("loss", loss);
      r.put("accuracy", accuracy);
      r.put("correct", correct);
      r.put("per_class_accuracy", perClass);
      r.put("per_class_count", counts);
      r.put("class_names", names);
      r.put("confusion_matrix", rows);
      r.put("preprocessing", p.describe());
      r.put("confusion", o.confusion == null ? null : o.confusion.toString());
      out.print(CliJson.write(r));
    } else {
      out.printf(
          Locale.ROOT, "Loss: %.4f%nAccuracy: %.4f (%d of %d)%n", loss, accuracy, correct, n);
      lines(matrix, names, perClass, counts);
    }
    out.flush();
  }

  /** One line per class: name, accuracy, correct of total; then the confusion file. */
  private void lines(
      int[][] matrix,
      List<String> names,
      Map<String, Double> perClass,
      Map<String, Integer> counts) {
    out.println("Per-class accuracy:");
    List<String> shown = names.stream().map(CliText::safe).toList();
    int width = shown.stream().mapToInt(String::length).max().orElse(1);
    for (int k = 0; k < names.size(); k++) {
      Double a = perClass.get(names.get(k));
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s  %s (%d of %d)%n",
          shown.get(k),
          a == null ? "-" : String.format(Locale.ROOT, "%.4f", a),
          matrix[k][k],
          counts.get(names.get(k)));
    }
    if (o.confusion != null) {
      out.println("Wrote " + o.confusion + " (the confusion matrix)");
    }
  }
}
