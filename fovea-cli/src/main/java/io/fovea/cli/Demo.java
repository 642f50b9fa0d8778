package io.fovea.cli;

import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.saving.Models;
import io.fovea.tensor.Backend;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The work of {@code fovea demo}, in the course's order: load and prepare the Fashion-MNIST sample,
 * show training images, build and summarise the CNN, train, evaluate, predict, save.
 *
 * <p>Data: images {@code [n, 28, 28]} of 0..255 become {@code [n, 28, 28, 1]} in {@code [0, 1]};
 * labels {@code [n]} become one-hot rows {@code [n, 10]}. The model: {@code Conv2D(32, 3, relu,
 * same) -> MaxPooling2D(2) -> Conv2D(64, 3, relu, same) -> MaxPooling2D(2) -> Flatten -> Dense(128,
 * relu) -> Dropout(0.3) -> Dense(10, softmax)}, trained with Adam on the categorical cross-entropy
 * in batches of 32.
 */
final class Demo {

  /** Where and how long: {@code trainImages} 0 means all of them. */
  record Settings(Path folder, int epochs, long seed, int trainImages) {}

  /** The results the report shows. */
  record Outcome(
      Sequential model,
      History history,
      Map<String, Double> test,
      List<String> predictions,
      Tensor xTest,
      int[] testLabels,
      List<String> classes,
      long seed) {}

  static final String GRID_FILE = "training-images.png";
  static final String MODEL_FILE = "model.keras";
  static final String REPORT_FILE = "report.html";
  private static final int BATCH_SIZE = 32;
  private static final int EXAMPLES = 3;

  private final Settings settings;
  private final PrintStream out;
  private final PrintStream err;
  private final long start = System.nanoTime();

  Demo(Settings settings, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  /** Runs the demo; results to {@code out}, progress to {@code err}. */
  void run() throws IOException {
    Path folder = settings.folder();
    createFolder(folder);
    Prepared data = load();
    DemoFiles.writeTrainingGrid(
        data.xTrain(), data.trainLabels(), data.classes(), folder.resolve(GRID_FILE));
    wrote(GRID_FILE, "the first " + DemoFiles.GRID_IMAGES + " training images");

    Sequential model = model(settings.seed(), data.classes().size());
    model.output(out);
    model.summary();
    model.compile("adam", "categorical_crossentropy", "accuracy");
    History history =
        model.fit(
            data.xTrain(),
            data.yTrain(),
            Fit.epochs(settings.epochs()).batchSize(BATCH_SIZE).seed(settings.seed()).output(err));

    Map<String, Double> test = model.evaluateNamed(data.xTest(), data.yTest(), 128);
    out.printf(
        Locale.ROOT,
        "Test loss: %.4f%nTest accuracy: %.4f%n",
        test.get("loss"),
        test.get("accuracy"));
    List<String> predictions = predictions(model, data);
    predictions.forEach(out::println);

    // A .keras archive, so that a Keras user can open the trained model too.
    Models.save(model, folder.resolve(MODEL_FILE));
    wrote(MODEL_FILE, "the trained model, which Keras's load_model opens too");
    DemoFiles.writeReport(
        new Outcome(
            model,
            history,
            test,
            predictions,
            data.xTest(),
            data.testLabels(),
            data.classes(),
            settings.seed()),
        folder.resolve(REPORT_FILE));
    wrote(REPORT_FILE, "the report");
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "Done in %.0fs.%n", seconds);
  }

  /** The data ready for the model, with the test labels as integers for the predictions. */
  private record Prepared(
      Tensor xTrain,
      Tensor yTrain,
      int[] trainLabels,
      Tensor xTest,
      Tensor yTest,
      int[] testLabels,
      List<String> classes) {}

  private Prepared load() throws IOException {
    Backend backend = Ops.backend();
    err.println(
        "Loading the Fashion-MNIST sample shipped with Fovea ("
            + backend.kernels()
            + " kernels, "
            + backend.threads()
            + " threads)...");
    TrainTestData data = Datasets.fashionMnistSample();
    int classes = data.classNames().size();
    int n = settings.trainImages() > 0 ? settings.trainImages() : data.xTrain().shape().dim(0);
    Prepared p =
        new Prepared(
            images(data.xTrain().slice(0, n)),
            Labels.toCategorical(data.yTrain().slice(0, n), classes),
            Labels.asInts(data.yTrain().slice(0, n)),
            images(data.xTest()),
            Labels.toCategorical(data.yTest(), classes),
            Labels.asInts(data.yTest()),
            data.classNames());
    out.printf(
        Locale.ROOT,
        "Data: %d training and %d test images %s, %d classes%n",
        n,
        p.xTest().shape().dim(0),
        p.xTrain().shape().without(0),
        classes);
    return p;
  }

  private void wrote(String name, String what) {
    out.println("Wrote " + settings.folder().resolve(name) + " (" + what + ")");
  }

  private static void createFolder(Path folder) throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IOException(
          "--out: cannot create the folder "
              + folder
              + " ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** {@code [n, 28, 28]} of 0..255 to {@code [n, 28, 28, 1]} in {@code [0, 1]}. */
  private static Tensor images(Tensor raw) {
    int[] d = raw.shape().dims();
    return raw.mul(1f / 255f).reshape(d[0], d[1], d[2], 1);
  }

  /** The course's small CNN for 28x28 gray images. */
  static Sequential model(long seed, int classes) {
    return new Sequential()
        .seed(seed)
        .add(new Conv2D(32, 3).padding("same").activation("relu").inputShape(28, 28, 1))
        .add(new MaxPooling2D(2))
        .add(new Conv2D(64, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Flatten())
        .add(new Dense(128, "relu"))
        .add(new Dropout(0.3))
        .add(new Dense(classes, "softmax"));
  }

  /** "image 0: predicted Ankle boot (97.1%), true Ankle boot" for the first test images. */
  private static List<String> predictions(Sequential model, Prepared data) {
    Tensor p = model.predict(data.xTest().slice(0, EXAMPLES));
    int[] predicted = Labels.argmax(p);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < EXAMPLES; i++) {
      lines.add(
          String.format(
              Locale.ROOT,
              "image %d: predicted %s (%.1f%%), true %s",
              i,
              data.classes().get(predicted[i]),
              100 * p.get(i, predicted[i]),
              data.classes().get(data.testLabels()[i])));
    }
    return lines;
  }
}
