package io.fovea.initializers;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks and Keras configurations the random initializers share: {@link RandomNormal} and
 * {@link TruncatedNormal} take {@code (mean, stddev)}, {@link RandomUniform} {@code (minval,
 * maxval)}, and every Keras random initializer has a {@code seed} (always null here: the model's
 * seed decides).
 */
final class RandomSettings {

  private RandomSettings() {}

  /** Requires {@code stddev >= 0}, naming the initializer's class in the error. */
  static void checkStddev(String className, double stddev) {
    if (!(stddev >= 0)) {
      throw new IllegalArgumentException(className + ": expected stddev >= 0, got " + stddev);
    }
  }

  /** {@code {first: a, second: b, seed: null}}, in Keras's order. */
  static Map<String, Object> config(String first, double a, String second, double b) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put(first, a);
    c.put(second, b);
    c.put("seed", null);
    return c;
  }
}
