package io.fovea.model;

import io.fovea.metrics.Metric;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keras's {@code fit} loop: epochs of shuffled batches, the running mean loss and metrics shown by
 * the progress bar, validation at the end of each epoch, callbacks at each hook, and the {@link
 * History}.
 */
final class FitLoop {

  private final Sequential model;
  private final Fit fit;
  private final PrintStream out;

  FitLoop(Sequential model, Fit fit) {
    this.model = model;
    this.fit = fit;
    this.out = fit.output != null ? fit.output : model.output();
  }

  History run(Tensor x, Tensor y) {
    Compiled c = model.compiled("fit");
    Inference.checkX(model, "fit", "x", x);
    Inference.checkY(model, c.loss(), "fit", "y", x, y);
    Tensor trainX = x;
    Tensor trainY = y;
    Tensor valX = fit.validationX;
    Tensor valY = fit.validationY;
    int n = x.shape().dim(0);
    if (valX == null && fit.validationSplit > 0) {
      // Keras takes the last fraction, before any shuffling.
      int splitAt = (int) Math.floor(n * (1.0 - fit.validationSplit));
      if (splitAt == 0 || splitAt == n) {
        throw new IllegalArgumentException(
            "fit: expected validationSplit "
                + fit.validationSplit
                + " to leave samples for training and validation, got "
                + splitAt
                + " of "
                + n
                + " for training");
      }
      trainX = x.slice(0, splitAt);
      trainY = y.slice(0, splitAt);
      valX = x.slice(splitAt, n);
      valY = y.slice(splitAt, n);
    }
    if (valX != null) {
      Inference.checkX(model, "fit", "validation x", valX);
      Inference.checkY(model, c.loss(), "fit", "validation y", valX, valY);
    }
    Rng rng = fit.seed != null ? new Rng(fit.seed) : model.rootRng().split();
    int count = trainX.shape().dim(0);
    int steps =
        fit.stepsPerEpoch > 0 ? fit.stepsPerEpoch : (count + fit.batchSize - 1) / fit.batchSize;
    Tensor vx = valX;
    Tensor vy = valY;
    Supplier<Map<String, Double>> validation =
        vx != null
            ? () ->
                new Evaluation(model, "fit").run(vx, vy, fit.batchSize, fit.validationSteps, "val_")
            : sourceValidation();
    try (BatchSource.Stream batches = new TensorBatches(trainX, trainY, fit, rng)) {
      return epochs(c, batches, steps, validation, false);
    }
  }

  /** Trains on the batches of {@code train}, continuing across its passes. */
  History run(BatchSource train) {
    Compiled c = model.compiled("fit");
    if (fit.validationSplit > 0 && fit.validationX == null && fit.validationSource == null) {
      throw new IllegalArgumentException(
          "fit: expected Fit.validationData(source) or validationData(x, y) when training on a "
              + "BatchSource, got validationSplit "
              + fit.validationSplit
              + " (a source has no last fraction to split off)");
    }
    int steps = fit.stepsPerEpoch > 0 ? fit.stepsPerEpoch : train.batchesPerEpoch();
    if (steps < 1) {
      throw new IllegalArgumentException(
          "fit: expected a source with at least one batch, got "
              + train.batchesPerEpoch()
              + " batches of "
              + train.sampleCount()
              + " samples");
    }
    try (BatchSource.Stream batches = train.stream((long) fit.initialEpoch * steps)) {
      return epochs(c, batches, steps, tensorOrSourceValidation(), true);
    }
  }

  /**
   * Validation with {@code Fit.validationData(x, y)} when set (Keras's tuple), checked when it runs
   * because a model trained on a source is built from its first batch; else the validation source.
   */
  private Supplier<Map<String, Double>> tensorOrSourceValidation() {
    Tensor vx = fit.validationX;
    Tensor vy = fit.validationY;
    return vx == null
        ? sourceValidation()
        : () ->
            new Evaluation(model, "fit").run(vx, vy, fit.batchSize, fit.validationSteps, "val_");
  }

  private Supplier<Map<String, Double>> sourceValidation() {
    BatchSource val = fit.validationSource;
    return val == null
        ? null
        : () -> new Evaluation(model, "fit").run(val, fit.validationSteps, "val_");
  }

  private History epochs(
      Compiled c,
      BatchSource.Stream batches,
      int steps,
      Supplier<Map<String, Double>> validation,
      boolean check) {
    History history = new History();
    List<Callback> callbacks = fit.callbacks;
    TrainStep step = null;
    boolean terminal = ProgressBar.isTerminal(out);
    model.setStopTraining(false);
    callbacks.forEach(cb -> cb.setModel(model));
    callbacks.forEach(Callback::onTrainBegin);
    Map<String, Double> logs = Map.of();
    for (int epoch = fit.initialEpoch; epoch < fit.epochs && !model.stopTraining(); epoch++) {
      final int e = epoch;
      callbacks.forEach(cb -> cb.onEpochBegin(e));
      if (fit.verbose > 0) {
        out.println("Epoch " + (epoch + 1) + "/" + fit.epochs);
      }
      ProgressBar bar = new ProgressBar(out, steps, fit.verbose, terminal);
      c.metrics().forEach(Metric::reset);
      double lossSum = 0;
      long seen = 0;
      int done = 0;
      while (done < steps && !model.stopTraining()) {
        final int b = done;
        callbacks.forEach(cb -> cb.onBatchBegin(b));
        BatchSource.Batch batch = batches.next();
        if (check) {
          checkBatch(c, batch, "fit", "x");
        }
        if (step == null) {
          step = new TrainStep(model, c);
        }
        int size = batch.x().shape().dim(0);
        lossSum += step.run(batch.x(), batch.y()) * size;
        seen += size;
        done++;
        logs = trainingLogs(c, lossSum / seen);
        bar.update(done, logs);
        final Map<String, Double> batchLogs = logs;
        callbacks.forEach(cb -> cb.onBatchEnd(b, batchLogs));
      }
      Map<String, Double> epochLogs = new LinkedHashMap<>(logs);
      if (validation != null) {
        epochLogs.putAll(validation.get());
      }
      bar.finish(done, epochLogs);
      history.record(epoch, epochLogs);
      logs = epochLogs;
      final Map<String, Double> endLogs = new LinkedHashMap<>(epochLogs);
      callbacks.forEach(cb -> cb.onEpochEnd(e, endLogs));
    }
    final Map<String, Double> last = logs;
    callbacks.forEach(cb -> cb.onTrainEnd(new LinkedHashMap<>(last)));
    return history;
  }

  /** Checks a batch from a source against the model, building it from the first one. */
  static void checkBatch(
      Sequential model, Compiled c, BatchSource.Batch batch, String where, String what) {
    if (batch == null || batch.y() == null) {
      throw new IllegalArgumentException(
          where
              + ": expected batches with labels y, got "
              + (batch == null ? "a null batch" : "a batch without labels (class mode none?)"));
    }
    Inference.checkX(model, where, what, batch.x());
    Inference.checkY(
        model, c.loss(), where, what.equals("x") ? "y" : "validation y", batch.x(), batch.y());
  }

  private void checkBatch(Compiled c, BatchSource.Batch batch, String where, String what) {
    checkBatch(model, c, batch, where, what);
  }

  private static Map<String, Double> trainingLogs(Compiled c, double meanLoss) {
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put("loss", meanLoss);
    for (Metric m : c.metrics()) {
      logs.put(m.name(), m.result());
    }
    return logs;
  }

  /**
   * Batches of tensors in the order of samples: batches of {@code batchSize} over a permutation
   * redrawn each time all samples were used (so batches continue across epochs when {@code
   * stepsPerEpoch} is set). A batch's tensors are reused by the next one.
   */
  private static final class TensorBatches implements BatchSource.Stream {
    private final int[] indices;
    private final int batchSize;
    private final boolean shuffle;
    private final Rng rng;
    private final Batches xs;
    private final Batches ys;
    private int end;

    TensorBatches(Tensor x, Tensor y, Fit fit, Rng rng) {
      int n = x.shape().dim(0);
      this.indices = new int[n];
      for (int i = 0; i < n; i++) {
        indices[i] = i;
      }
      this.batchSize = fit.batchSize;
      this.shuffle = fit.shuffle;
      this.rng = rng;
      this.xs = new Batches(x);
      this.ys = new Batches(y);
      this.end = n;
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public BatchSource.Batch next() {
      if (end >= indices.length) {
        if (shuffle) {
          rng.shuffle(indices);
        }
        end = 0;
      }
      int from = end;
      end = Math.min(indices.length, from + batchSize);
      return new BatchSource.Batch(xs.gather(indices, from, end), ys.gather(indices, from, end));
    }

    @Override
    public void close() {}
  }
}
