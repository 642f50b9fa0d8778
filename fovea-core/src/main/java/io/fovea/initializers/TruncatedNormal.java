package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.Map;

/**
 * Keras's {@code TruncatedNormal}: values from N(mean, stddev^2), a value more than two standard
 * deviations from the mean being drawn again. Keras defaults: mean 0, stddev 0.05.
 *
 * @param mean the mean of the normal before truncation
 * @param stddev its standard deviation, {@code >= 0}
 */
public record TruncatedNormal(double mean, double stddev) implements Initializer {

  /** Keras's defaults, mean 0 and stddev 0.05. */
  public TruncatedNormal() {
    this(0, 0.05);
  }

  /** Checks the standard deviation. */
  public TruncatedNormal {
    RandomSettings.checkStddev("TruncatedNormal", stddev);
  }

  @Override
  public String name() {
    return "truncated_normal";
  }

  @Override
  public String className() {
    return "TruncatedNormal";
  }

  @Override
  public Map<String, Object> config() {
    return RandomSettings.config("mean", mean, "stddev", stddev);
  }

  @Override
  public void fill(Tensor w, Rng rng) {
    rng.fillTruncatedNormal(w, mean, stddev);
  }
}
