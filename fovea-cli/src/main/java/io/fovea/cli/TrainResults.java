package io.fovea.cli;

import io.fovea.callbacks.ModelCheckpoint;
import io.fovea.callbacks.TerminateOnNaN;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of {@code fovea train}: the final metrics and the files written (lines or one JSON
 * object), claiming only files that this run wrote; or, for a run stopped by a NaN loss, the error
 * that says where and what was kept.
 */
final class TrainResults {

  private final TrainCommand o;
  private final PrintStream out;
  private final long seed;

  TrainResults(TrainCommand options, PrintStream out, long seed) {
    this.o = options;
    this.out = out;
    this.seed = seed;
  }

  /** The error of a run stopped by a NaN or infinite loss; nothing was saved to {@code --out}. */
  IllegalStateException diverged(TerminateOnNaN nan, ModelCheckpoint best) {
    String kept = written(best) ? "; the best model before it is in " + o.checkpoint : "";
    String hint =
        o.lr != null
            ? "Lower the learning rate (--lr " + o.lr + " now)"
            : "Lower the learning rate (--lr)";
    return new IllegalStateException(
        String.format(
            Locale.ROOT,
            "train: the loss became %s at epoch %d, batch %d (Keras counts batches from 0);"
                + " training stopped and nothing was saved to %s%s. %s, or look for NaN or"
                + " infinite values in the data",
            nan.stoppedLoss(),
            nan.stoppedEpoch() + 1,
            nan.stoppedBatch(),
            o.output,
            kept,
            hint));
  }

  /**
   * Whether {@code best} wrote its file in this run (an older file of that name does not count).
   */
  static boolean written(ModelCheckpoint best) {
    return best != null && best.lastSaved() != null && Files.isRegularFile(best.lastSaved());
  }

  /** The final metrics and the files written, as lines or one JSON object ({@code --json}). */
  void print(
      Sequential model,
      History history,
      CliData.Loaded data,
      List<String> classes,
      ModelCheckpoint best) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", model.name());
    result.put("params", model.countParams());
    result.put("data", o.data.source());
    result.put("train_samples", data.train().size());
    result.put("validation_samples", data.validation() == null ? 0 : data.validation().size());
    result.put("epochs", history.epochs().size());
    result.put("seed", seed);
    for (String key : history.keys()) {
      result.put(key, history.last(key));
    }
    result.put("out", o.output.toString());
    // A checkpoint whose monitored value never improved (NaN from the start) wrote nothing.
    result.put("checkpoint", written(best) ? o.checkpoint.toString() : null);
    result.put("report", o.report == null ? null : o.report.toString());
    result.put("class_names", classes);
    result.put("history", history.asMap());
    if (o.json) {
      out.print(CliJson.write(result));
      out.flush();
      return;
    }
    StringBuilder line = new StringBuilder("Trained " + history.epochs().size() + " epochs:");
    for (String key : history.keys()) {
      line.append(String.format(Locale.ROOT, " %s %.4f", key, history.last(key)));
    }
    out.println(line);
    out.println("Wrote " + o.output + " (the model with its preprocessing and class names)");
    if (written(best)) {
      out.println("Wrote " + o.checkpoint + " (the best epoch's model)");
    } else if (o.checkpoint != null) {
      out.println(
          "Did not write "
              + o.checkpoint
              + ": "
              + (history.keys().contains("val_loss") ? "val_loss" : "loss")
              + " never improved");
    }
    if (o.report != null) {
      out.println("Wrote " + o.report + " (the report)");
    }
    out.flush();
  }
}
