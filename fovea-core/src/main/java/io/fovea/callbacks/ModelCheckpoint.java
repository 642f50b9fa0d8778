package io.fovea.callbacks;

import io.fovea.files.AtomicFiles;
import io.fovea.model.Callback;
import io.fovea.model.Sequential;
import io.fovea.saving.ModelFile;
import io.fovea.saving.Models;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Saves the model's weights at the end of epochs (Keras's {@code ModelCheckpoint}).
 *
 * <p>The file name may hold placeholders filled as Keras fills them: {@code
 * "weights-{epoch:02d}-{val_loss:.4f}.fovea"}. With {@code saveBestOnly} a file is written only
 * when {@code monitor} (default {@code val_loss}) improves on the best value so far, in the
 * direction of {@code mode}. With {@code verbose(1)} it prints Keras's messages, e.g. {@code Epoch
 * 1: val_loss improved from inf to 0.31234, saving model to best.fovea}. Files are written through
 * {@link Models}: a name ending in {@code .keras} (or a legacy {@code .h5}) saves the whole model
 * unless {@code saveWeightsOnly}; {@code *.weights.h5} saves Keras 3 weights, {@code .fovea}
 * Fovea's own weights format (see {@link ModelFile}).
 */
public final class ModelCheckpoint implements Callback {

  private final PathTemplate filepath;
  private String monitorKey = "val_loss";
  private String mode = "auto";
  private boolean saveBestOnly;
  private boolean saveWeightsOnly;
  private int verbose;

  private Sequential model;
  private Monitor monitor;
  private Double best;
  private Path lastSaved;

  /**
   * A checkpoint writing to {@code filepath}.
   *
   * @throws IllegalArgumentException for a name that is neither a model file nor a weights file
   *     ({@link ModelFile})
   */
  public ModelCheckpoint(String filepath) {
    this.filepath = new PathTemplate(filepath);
    Path sample = Path.of(this.filepath.sample());
    if (ModelFile.ofModel(sample).isEmpty()) {
      ModelFile.forWeights(sample);
    }
  }

  public ModelCheckpoint monitor(String key) {
    this.monitorKey = key;
    return this;
  }

  /** {@code "auto"}, {@code "min"} or {@code "max"}. */
  public ModelCheckpoint mode(String value) {
    new Monitor("ModelCheckpoint", monitorKey, value);
    this.mode = value;
    return this;
  }

  /** Writes only when the monitored value improves. */
  public ModelCheckpoint saveBestOnly() {
    return saveBestOnly(true);
  }

  public ModelCheckpoint saveBestOnly(boolean value) {
    this.saveBestOnly = value;
    return this;
  }

  /**
   * Keras's {@code save_weights_only}: writes only the weights, even to a legacy {@code .h5} name;
   * the name must then be a weights file name ({@code .weights.h5}, {@code .h5}, {@code .fovea}).
   */
  public ModelCheckpoint saveWeightsOnly(boolean value) {
    this.saveWeightsOnly = value;
    return this;
  }

  /** Whether only weights are asked for. */
  public boolean saveWeightsOnly() {
    return saveWeightsOnly;
  }

  /** The file this checkpoint wrote last, or null when it has written none. */
  public Path lastSaved() {
    return lastSaved;
  }

  /** 1 prints Keras's message at each epoch. */
  public ModelCheckpoint verbose(int level) {
    this.verbose = level;
    return this;
  }

  @Override
  public void setModel(Sequential m) {
    this.model = m;
  }

  @Override
  public void onTrainBegin() {
    monitor = new Monitor("ModelCheckpoint", monitorKey, mode);
    // As in Keras, the best value is kept across calls to fit.
    if (best == null) {
      best = monitor.worst();
    }
  }

  @Override
  public void onEpochEnd(int epoch, Map<String, Double> logs) {
    String file = filepath.format(epoch, logs);
    String prefix = "Epoch " + (epoch + 1) + ": ";
    if (!saveBestOnly) {
      say(prefix + "saving model to " + file);
      save(file);
      return;
    }
    double current = monitor.value("ModelCheckpoint", logs);
    if (monitor.improves(current, best, 0)) {
      say(
          prefix
              + monitorKey
              + " improved from "
              + fixed5(best)
              + " to "
              + fixed5(current)
              + ", saving model to "
              + file);
      best = current;
      save(file);
    } else {
      say(prefix + monitorKey + " did not improve from " + fixed5(best));
    }
  }

  private void say(String message) {
    if (verbose > 0) {
      model.output().println(message);
    }
  }

  private void save(String file) {
    try {
      Path path = Path.of(file);
      if (!saveWeightsOnly && ModelFile.ofModel(path).isPresent()) {
        Models.save(model, path);
      } else {
        Models.saveWeights(model, path);
      }
      lastSaved = path;
    } catch (IOException e) {
      // The cause's own text often names only a temporary file; the target and the reason do.
      throw new UncheckedIOException(
          "ModelCheckpoint: could not write " + file + ": " + AtomicFiles.reason(e), e);
    }
  }

  /** Python's {@code f"{x:.5f}"}, which prints infinity as {@code inf}. */
  private static String fixed5(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.5f", v);
  }
}
