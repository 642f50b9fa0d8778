package io.fovea.metrics;

import io.fovea.tensor.Tensor;

/**
 * A quantity averaged over the batches of an epoch (or of an evaluation), e.g. accuracy.
 *
 * <p>{@link #name()} is the key in the training history and the progress line: what the user asked
 * for ({@code "acc"} stays {@code "acc"}, {@code "accuracy"} stays {@code "accuracy"}).
 */
public interface Metric {

  /** The key in the history, e.g. {@code "accuracy"}. */
  String name();

  /** Forgets everything seen, before an epoch. */
  void reset();

  /** Adds a batch of labels and predictions (probabilities). */
  void update(Tensor yTrue, Tensor yPred);

  /** The value over everything seen since {@link #reset()}. */
  double result();
}
