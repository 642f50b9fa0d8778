package io.fovea.metrics;

import io.fovea.losses.LabelShapes;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;

/**
 * A metric that is the mean of a per-sample value over every sample seen since {@link #reset()}
 * (Keras's {@code MeanMetricWrapper}): batches of different sizes weigh by their sample counts.
 *
 * <p>{@code result = sum of per-sample values / number of samples}, 0 before any sample. Subclasses
 * compute a batch's per-sample values in {@link #update} and pass their sum to {@link #add}.
 */
public abstract class MeanMetric implements Metric {

  private final String name;
  private double total;
  private long count;

  /** A metric reported under {@code name} (what the user asked for). */
  protected MeanMetric(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": expected a name, got '" + name + "'");
    }
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public void reset() {
    total = 0;
    count = 0;
  }

  /** Adds {@code samples} samples whose per-sample values sum to {@code sum}. */
  protected final void add(double sum, long samples) {
    total += sum;
    count += samples;
  }

  /**
   * Adds a batch of a regression metric whose per-sample value is {@code mean_j term(yPred_j -
   * yTrue_j)} over the sample's elements; checks the shapes first.
   */
  final void addMeanOfDifferences(Tensor yTrue, Tensor yPred, DoubleUnaryOperator term) {
    LabelShapes.checkValues(name(), yTrue.shape(), yPred.shape());
    int n = yPred.size();
    double sum = Ops.sumOfPairs(yTrue, yPred, (t, p) -> term.applyAsDouble(p - t));
    int samples = yPred.rank() == 0 ? 1 : yPred.shape().dim(0);
    add(samples == 0 ? 0 : sum * samples / n, samples);
  }

  @Override
  public double result() {
    return count == 0 ? 0 : total / count;
  }

  @Override
  public String toString() {
    return name;
  }
}
