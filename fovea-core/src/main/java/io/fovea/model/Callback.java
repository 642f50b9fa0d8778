package io.fovea.model;

import java.util.Map;

/**
 * Hooks into {@code fit} (Keras's callbacks). Logs map metric names ({@code "loss"}, {@code
 * "accuracy"}, {@code "val_loss"}, ...) to values; epochs and batches count from 0.
 */
public interface Callback {

  /** Called once before training with the model being trained. */
  default void setModel(Sequential model) {}

  default void onTrainBegin() {}

  default void onTrainEnd(Map<String, Double> logs) {}

  default void onEpochBegin(int epoch) {}

  default void onEpochEnd(int epoch, Map<String, Double> logs) {}

  default void onBatchBegin(int batch) {}

  default void onBatchEnd(int batch, Map<String, Double> logs) {}
}
