package io.fovea.callbacks;

import io.fovea.model.Callback;
import io.fovea.model.Sequential;
import java.util.Map;

/**
 * Stops training as soon as a batch's loss is NaN or infinite (Keras's {@code TerminateOnNaN}),
 * printing {@code Batch 3: Invalid loss, terminating training}.
 */
public final class TerminateOnNaN implements Callback {

  private Sequential model;

  @Override
  public void setModel(Sequential m) {
    this.model = m;
  }

  @Override
  public void onBatchEnd(int batch, Map<String, Double> logs) {
    Double loss = logs.get("loss");
    if (loss != null && (loss.isNaN() || loss.isInfinite())) {
      model.output().println("Batch " + batch + ": Invalid loss, terminating training");
      model.setStopTraining(true);
    }
  }
}
