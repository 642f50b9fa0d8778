package io.fovea.callbacks;

import io.fovea.model.Callback;
import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Stops training when a monitored quantity has stopped improving (Keras's {@code EarlyStopping}).
 *
 * <p>After each epoch, the value of {@code monitor} (default {@code val_loss}) improves when it
 * beats the best so far by more than {@code minDelta}; after {@code patience} epochs without
 * improvement (and not on the first epoch) training stops. With {@code restoreBestWeights} the
 * model gets back the weights of the best epoch when it stops early. With a {@code baseline}, the
 * waiting count only resets once the value also beats the baseline.
 *
 * <pre>{@code
 * new EarlyStopping().monitor("val_loss").patience(3).restoreBestWeights(true)
 * }</pre>
 */
public final class EarlyStopping implements Callback {

  private String monitorKey = "val_loss";
  private String mode = "auto";
  private double minDelta;
  private int patience;
  private Double baseline;
  private boolean restoreBestWeights;
  private int verbose;

  private Sequential model;
  private Monitor monitor;
  private double best;
  private int wait;
  private int bestEpoch;
  private int stoppedEpoch = -1;
  private List<Tensor> bestWeights;

  /** Keras's defaults: monitor val_loss, minDelta 0, patience 0, mode auto. */
  public EarlyStopping() {}

  public EarlyStopping monitor(String key) {
    this.monitorKey = key;
    return this;
  }

  /** {@code "auto"}, {@code "min"} or {@code "max"}. */
  public EarlyStopping mode(String value) {
    new Monitor("EarlyStopping", monitorKey, value);
    this.mode = value;
    return this;
  }

  /** The smallest change that counts as an improvement (its sign is ignored). */
  public EarlyStopping minDelta(double value) {
    this.minDelta = value;
    return this;
  }

  /** Epochs without improvement after which training stops. */
  public EarlyStopping patience(int epochs) {
    if (epochs < 0) {
      throw new IllegalArgumentException("EarlyStopping: expected patience >= 0, got " + epochs);
    }
    this.patience = epochs;
    return this;
  }

  /** A value the monitored quantity must beat for the waiting count to reset. */
  public EarlyStopping baseline(double value) {
    this.baseline = value;
    return this;
  }

  /** Whether to restore the weights of the best epoch when stopping early. */
  public EarlyStopping restoreBestWeights(boolean value) {
    this.restoreBestWeights = value;
    return this;
  }

  /** 1 prints when it stops and restores, as Keras does. */
  public EarlyStopping verbose(int level) {
    this.verbose = level;
    return this;
  }

  /** The epoch (from 0) at which training stopped, or -1. */
  public int stoppedEpoch() {
    return stoppedEpoch;
  }

  /** The epoch (from 0) with the best value. */
  public int bestEpoch() {
    return bestEpoch;
  }

  @Override
  public void setModel(Sequential m) {
    this.model = m;
  }

  @Override
  public void onTrainBegin() {
    monitor = new Monitor("EarlyStopping", monitorKey, mode);
    best = monitor.worst();
    wait = 0;
    bestEpoch = 0;
    stoppedEpoch = -1;
    bestWeights = null;
  }

  @Override
  public void onEpochEnd(int epoch, Map<String, Double> logs) {
    double current = monitor.value("EarlyStopping", logs);
    if (restoreBestWeights && bestWeights == null) {
      bestWeights = model.getWeights();
    }
    wait++;
    if (monitor.improves(current, best, minDelta)) {
      best = current;
      bestEpoch = epoch;
      if (restoreBestWeights) {
        bestWeights = model.getWeights();
      }
      if (baseline == null || monitor.improves(current, baseline, minDelta)) {
        wait = 0;
      }
      return;
    }
    if (wait >= patience && epoch > 0) {
      stoppedEpoch = epoch;
      model.setStopTraining(true);
      if (restoreBestWeights && bestWeights != null) {
        if (verbose > 0) {
          model
              .output()
              .println(
                  "Restoring model weights from the end of the best epoch: "
                      + (bestEpoch + 1)
                      + ".");
        }
        model.setWeights(bestWeights);
      }
    }
  }

  @Override
  public void onTrainEnd(Map<String, Double> logs) {
    if (stoppedEpoch >= 0 && verbose > 0) {
      model.output().println("Epoch " + (stoppedEpoch + 1) + ": early stopping");
    }
  }
}
