package io.fovea.callbacks;

import io.fovea.model.Callback;
import io.fovea.model.Sequential;
import java.util.Map;

/**
 * Stops training as soon as a batch's loss is NaN or infinite (Keras's {@code TerminateOnNaN}),
 * printing {@code Batch 3: Invalid loss, terminating training}. Afterwards {@link #stoppedEpoch},
 * {@link #stoppedBatch} and {@link #stoppedLoss} say where and why, so that a caller can report it
 * and not save the diverged model.
 */
public final class TerminateOnNaN implements Callback {

  private Sequential model;
  private int epoch;
  private int stoppedEpoch = -1;
  private int stoppedBatch = -1;
  private double stoppedLoss = Double.NaN;

  @Override
  public void setModel(Sequential m) {
    this.model = m;
  }

  @Override
  public void onTrainBegin() {
    stoppedEpoch = -1;
    stoppedBatch = -1;
    stoppedLoss = Double.NaN;
  }

  @Override
  public void onEpochBegin(int e) {
    this.epoch = e;
  }

  @Override
  public void onBatchEnd(int batch, Map<String, Double> logs) {
    Double loss = logs.get("loss");
    if (loss != null && (loss.isNaN() || loss.isInfinite())) {
      model.output().println("Batch " + batch + ": Invalid loss, terminating training");
      stoppedEpoch = epoch;
      stoppedBatch = batch;
      stoppedLoss = loss;
      model.setStopTraining(true);
    }
  }

  /** Whether the last {@code fit} was stopped by an invalid loss. */
  public boolean stopped() {
    return stoppedEpoch >= 0;
  }

  /** The epoch (from 0) of the invalid loss in the last {@code fit}, or -1 when there was none. */
  public int stoppedEpoch() {
    return stoppedEpoch;
  }

  /** The batch (from 0, within its epoch) of the invalid loss, or -1 when there was none. */
  public int stoppedBatch() {
    return stoppedBatch;
  }

  /** The invalid loss (NaN or an infinity), or NaN when there was none. */
  public double stoppedLoss() {
    return stoppedLoss;
  }
}
