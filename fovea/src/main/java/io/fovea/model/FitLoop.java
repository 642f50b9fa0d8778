package io.fovea.model;

import io.fovea.metrics.Metric;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code fit} loop: epochs of shuffled batches, the running mean loss and metrics shown
 * by the progress bar, validation at the end of each epoch, callbacks at each hook, and the
 * {@link History}.
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
        throw new IllegalArgumentException("fit: expected validationSplit " + fit.validationSplit
            + " to leave samples for training and validation, got " + splitAt + " of " + n
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
    return epochs(c, trainX, trainY, valX, valY, rng);
  }

  private History epochs(Compiled c, Tensor x, Tensor y, Tensor valX, Tensor valY, Rng rng) {
    History history = new History();
    List<Callback> callbacks = fit.callbacks;
    int n = x.shape().dim(0);
    int steps = fit.stepsPerEpoch > 0 ? fit.stepsPerEpoch : (n + fit.batchSize - 1) / fit.batchSize;
    BatchOrder order = new BatchOrder(n, fit.batchSize, fit.shuffle, rng);
    TrainStep step = new TrainStep(model, c);
    Batches xs = new Batches(x);
    Batches ys = new Batches(y);
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
        int from = order.next();
        int to = order.end();
        double loss = step.run(xs.gather(order.indices(), from, to), ys.gather(order.indices(),
            from, to));
        lossSum += loss * (to - from);
        seen += to - from;
        done++;
        logs = trainingLogs(c, lossSum / seen);
        bar.update(done, logs);
        final Map<String, Double> batchLogs = logs;
        callbacks.forEach(cb -> cb.onBatchEnd(b, batchLogs));
      }
      Map<String, Double> epochLogs = new LinkedHashMap<>(logs);
      if (valX != null) {
        epochLogs.putAll(new Evaluation(model, "fit").run(valX, valY, fit.batchSize,
            fit.validationSteps, "val_"));
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

  private static Map<String, Double> trainingLogs(Compiled c, double meanLoss) {
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put("loss", meanLoss);
    for (Metric m : c.metrics()) {
      logs.put(m.name(), m.result());
    }
    return logs;
  }

  /**
   * The order of samples: batches of {@code batchSize} over a permutation redrawn each time all
   * samples were used (so batches continue across epochs when {@code stepsPerEpoch} is set).
   */
  private static final class BatchOrder {
    private final int[] indices;
    private final int batchSize;
    private final boolean shuffle;
    private final Rng rng;
    private int position;
    private int end;

    BatchOrder(int n, int batchSize, boolean shuffle, Rng rng) {
      this.indices = new int[n];
      for (int i = 0; i < n; i++) {
        indices[i] = i;
      }
      this.batchSize = batchSize;
      this.shuffle = shuffle;
      this.rng = rng;
      this.position = n;
      this.end = n;
    }

    /** Starts the next batch and returns its first position in {@link #indices()}. */
    int next() {
      if (end >= indices.length) {
        if (shuffle) {
          rng.shuffle(indices);
        }
        end = 0;
      }
      position = end;
      end = Math.min(indices.length, position + batchSize);
      return position;
    }

    /** The end (exclusive) of the current batch. */
    int end() {
      return end;
    }

    int[] indices() {
      return indices;
    }
  }
}
