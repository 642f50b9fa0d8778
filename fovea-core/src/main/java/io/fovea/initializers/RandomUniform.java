package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.Map;

/**
 * Keras's {@code RandomUniform}: values from U(minval, maxval). Keras defaults: -0.05, 0.05.
 *
 * @param minval the lower bound, included
 * @param maxval the upper bound, excluded; greater than {@code minval}
 */
public record RandomUniform(double minval, double maxval) implements Initializer {

  /** Keras's defaults, U(-0.05, 0.05). */
  public RandomUniform() {
    this(-0.05, 0.05);
  }

  /** Checks the bounds. */
  public RandomUniform {
    if (!(minval < maxval)) {
      throw new IllegalArgumentException(
          "RandomUniform: expected minval < maxval, got minval=" + minval + ", maxval=" + maxval);
    }
  }

  @Override
  public String name() {
    return "random_uniform";
  }

  @Override
  public String className() {
    return "RandomUniform";
  }

  @Override
  public Map<String, Object> config() {
    return RandomSettings.config("minval", minval, "maxval", maxval);
  }

  @Override
  public void fill(Tensor w, Rng rng) {
    rng.fillUniform(w, (float) minval, (float) maxval);
  }
}
