package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.Map;

/**
 * Keras's {@code RandomNormal}: values from N(mean, stddev^2). Keras defaults: mean 0, stddev 0.05.
 *
 * @param mean the mean
 * @param stddev the standard deviation, {@code >= 0}
 */
public record RandomNormal(double mean, double stddev) implements Initializer {

  /** Keras's defaults, mean 0 and stddev 0.05. */
  public RandomNormal() {
    this(0, 0.05);
  }

  /** Checks the standard deviation. */
  public RandomNormal {
    RandomSettings.checkStddev("RandomNormal", stddev);
  }

  @Override
  public String name() {
    return "random_normal";
  }

  @Override
  public String className() {
    return "RandomNormal";
  }

  @Override
  public Map<String, Object> config() {
    return RandomSettings.config("mean", mean, "stddev", stddev);
  }

  @Override
  public void fill(Tensor w, Rng rng) {
    rng.fillNormal(w, (float) mean, (float) stddev);
  }
}
