package io.fovea.cli;

import io.fovea.applications.CourseModels;
import io.fovea.callbacks.ModelCheckpoint;
import io.fovea.callbacks.TerminateOnNaN;
import io.fovea.data.Flow;
import io.fovea.data.ImageDataGenerator;
import io.fovea.data.Labels;
import io.fovea.model.Callback;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Preprocessing;
import io.fovea.model.Sequential;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.Optimizers;
import io.fovea.plot.Report;
import io.fovea.saving.Models;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The work of {@code fovea train}: load the data (pixels 0..255), build the model (a preset for the
 * data's shape and classes, or a Keras config), scale the pixels by the {@link Preprocessing},
 * train with the options, save the model with that preprocessing and its class names, and print the
 * final metrics.
 */
final class Training {

  private final TrainCommand o;
  private final PrintStream out;
  private final PrintStream err;
  private final long seed;

  Training(TrainCommand options, PrintStream out, PrintStream err) {
    this.o = options;
    this.out = out;
    this.err = err;
    this.seed = options.seed != null ? options.seed : ThreadLocalRandom.current().nextLong();
  }

  /** Trains and saves; results to {@code out}, progress to {@code err}. */
  void run() throws IOException {
    Sequential configured = o.isPreset() ? null : fromConfig();
    CliData.Want want =
        configured == null ? new CliData.Want(0, 0, 0) : CliData.Want.of(configured.inputShape());
    CliData.Loaded data = CliData.forTraining(o.data, want, err);
    List<String> classes = classNames(data);
    Shape image = data.train().x().shape().without(0);
    Sequential model = configured != null ? configured : preset(image, classes.size());
    requireOutputs(model, classes);
    Preprocessing p = preprocessing(image, classes);
    model.preprocessing(p).output(err);
    describe(model, data, p);
    model.compile(optimizer(), o.loss, "accuracy");
    Tensor x = Inputs.of(p, data.train().x(), model.inputShape(), o.model);
    Tensor y = labels(data.train(), classes.size());
    Tensor xv = null;
    Tensor yv = null;
    if (data.validation() != null) {
      xv = Inputs.of(p, data.validation().x(), model.inputShape(), o.model);
      yv = labels(data.validation(), classes.size());
    }
    TrainResults results = new TrainResults(o, out, seed);
    TerminateOnNaN nan = new TerminateOnNaN();
    ModelCheckpoint best = checkpoint(xv != null);
    History history = fit(model, x, y, xv, yv, nan, best);
    if (nan.stopped()) {
      throw results.diverged(nan, best);
    }
    save(model);
    if (o.report != null) {
      // The report scores the validation images, or the training ones when there are none.
      boolean validated = xv != null;
      CliData.Part part = validated ? data.validation() : data.train();
      writeReport(model, history, validated ? xv : x, validated ? yv : y, part, classes);
    }
    results.print(model, history, data, classes, best);
  }

  /** The model, the data and the preprocessing on stderr, then the summary unless quiet. */
  private void describe(Sequential model, CliData.Loaded data, Preprocessing p) {
    err.printf(
        Locale.ROOT,
        "Model %s: %,d parameters, input %s, %d classes; %d training and %d validation images"
            + " from %s, pixels %s; seed %d%n",
        model.name(),
        model.countParams(),
        model.inputShape(),
        p.classNames().size(),
        data.train().size(),
        data.validation() == null ? 0 : data.validation().size(),
        o.data.source(),
        p.describe(),
        seed);
    if (o.verbose > 0) {
      // summary() prints to the model's output, stderr here.
      model.summary();
    }
  }

  private void writeReport(
      Sequential model, History history, Tensor x, Tensor y, CliData.Part part, List<String> names)
      throws IOException {
    try {
      report(model, history, x, y, part, names).write(o.report);
    } catch (IOException e) {
      throw CliFiles.writeFailed("--report", o.report, e);
    }
  }

  private Report.Builder report(
      Sequential model,
      History history,
      Tensor x,
      Tensor y,
      CliData.Part part,
      List<String> names) {
    return DemoFiles.report(
        new DemoFiles.ReportData(
            "Fovea train: " + model.name() + " on " + o.data.source(),
            model,
            history,
            model.evaluateNamed(x, y, 128),
            x,
            part.labels(),
            names,
            seed));
  }

  private Sequential fromConfig() throws IOException {
    Path file = Path.of(o.model);
    CliFiles.requireFile("--model", file);
    return Models.fromConfig(file);
  }

  private Sequential preset(Shape image, int classes) {
    try {
      return CourseModels.build(o.model.toLowerCase(Locale.ROOT), image, classes, seed);
    } catch (IllegalArgumentException e) {
      String hint =
          o.model.equalsIgnoreCase("vgg16")
              ? ". Resize the images: --target-size 32,32 or larger"
              : "";
      throw o.usage("--model " + o.model + ": " + e.getMessage() + hint);
    }
  }

  private static List<String> classNames(CliData.Loaded data) {
    if (!data.classes().isEmpty()) {
      return data.classes();
    }
    int max = IntStream.of(data.train().labels()).max().orElse(0);
    return IntStream.rangeClosed(0, max).mapToObj(Integer::toString).toList();
  }

  private void requireOutputs(Sequential model, List<String> classes) throws IOException {
    Shape output = model.outputShape();
    if (output.rank() != 1 || output.dim(0) != classes.size()) {
      throw new IOException(
          "--model "
              + o.model
              + ": expected an output of "
              + classes.size()
              + " classes for the data "
              + classes
              + ", got "
              + output);
    }
  }

  private Preprocessing preprocessing(Shape image, List<String> classes) {
    Preprocessing scaling = o.scaling.get(o.spec);
    Preprocessing p = scaling != null ? scaling : Preprocessing.rescale(1.0 / 255);
    int channels = image.dim(2);
    if (p.mode().needsRgb() && channels != 3) {
      throw o.usage(
          "--preprocess "
              + p.mode().keras()
              + ": expected RGB images, got "
              + channels
              + " channel(s);"
              + " add --color-mode rgb");
    }
    return p.withImages(channels == 1 ? "grayscale" : "rgb", image.dim(0), image.dim(1))
        .withClassNames(classes);
  }

  private Optimizer optimizer() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", o.optimizer.toLowerCase(Locale.ROOT));
    if (o.lr != null) {
      config.put("learning_rate", o.lr);
    }
    return Optimizers.fromConfig(config);
  }

  /** Class indices for sparse losses, one-hot rows otherwise. */
  private Tensor labels(CliData.Part part, int classes) {
    return o.loss.toLowerCase(Locale.ROOT).startsWith("sparse")
        ? Labels.asTensor(part.labels())
        : Labels.toCategorical(part.labels(), classes);
  }

  private ModelCheckpoint checkpoint(boolean validated) {
    if (o.checkpoint == null) {
      return null;
    }
    return new ModelCheckpoint(o.checkpoint.toString())
        .monitor(validated ? "val_loss" : "loss")
        .saveBestOnly()
        .verbose(o.verbose > 0 ? 1 : 0);
  }

  private History fit(
      Sequential model,
      Tensor x,
      Tensor y,
      Tensor xv,
      Tensor yv,
      TerminateOnNaN nan,
      ModelCheckpoint best)
      throws IOException {
    try {
      return fitWith(model, x, y, xv, yv, best == null ? List.of(nan) : List.of(nan, best));
    } catch (UncheckedIOException e) {
      if (best == null || e.getMessage() == null || !e.getMessage().startsWith("ModelCheckpoint")) {
        throw e;
      }
      // The checkpoint's name may be a template: name the file it tried to write.
      Path file =
          e.getCause() instanceof FileSystemException f && f.getFile() != null
              ? Path.of(f.getFile())
              : o.checkpoint;
      throw CliFiles.writeFailed("--checkpoint", file, e.getCause());
    }
  }

  private History fitWith(
      Sequential model, Tensor x, Tensor y, Tensor xv, Tensor yv, List<Callback> callbacks) {
    Fit fit =
        Fit.epochs(o.epochs)
            .batchSize(o.data.batchSize)
            .seed(seed)
            .verbose(o.verbose)
            .output(err)
            .callbacks(callbacks.toArray(Callback[]::new));
    if (!o.augment) {
      return model.fit(x, y, xv == null ? fit : fit.validationData(xv, yv));
    }
    if (x.rank() != 4) {
      throw o.usage("--augment: expected a model of image input [h, w, c], got " + x.shape());
    }
    ImageDataGenerator generator =
        new ImageDataGenerator()
            .rotationRange(40)
            .widthShiftRange(0.2)
            .heightShiftRange(0.2)
            .shearRange(0.2)
            .zoomRange(0.2)
            .horizontalFlip(true)
            .fillMode("nearest");
    Flow flow = Flow.defaults().batchSize(o.data.batchSize).shuffle(true).seed(seed).output(err);
    if (xv != null) {
      // Training on a flow validates on a flow: an identity generator, in order.
      Flow plain = Flow.defaults().batchSize(o.data.batchSize).shuffle(false).output(err);
      fit.validationData(new ImageDataGenerator().flow(xv, yv, plain));
    }
    return model.fit(generator.flow(x, y, flow), fit);
  }

  private void save(Sequential model) throws IOException {
    try {
      Models.save(model, o.output);
    } catch (IOException e) {
      throw CliFiles.writeFailed("--out", o.output, e);
    }
  }
}
