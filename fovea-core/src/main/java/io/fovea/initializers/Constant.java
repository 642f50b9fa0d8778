package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every value the same: Keras's {@code Zeros} (0, the default bias initializer), {@code Ones} (1)
 * and {@code Constant(value)}. Draws nothing from the {@link Rng}.
 *
 * @param value the value of every weight
 */
public record Constant(double value) implements Initializer {

  /** Keras's {@code Constant()} default, 0. */
  public Constant() {
    this(0);
  }

  /** {@code zeros}. */
  public static Constant zeros() {
    return new Constant(0);
  }

  /** {@code ones}. */
  public static Constant ones() {
    return new Constant(1);
  }

  /** {@code zeros} for 0, {@code ones} for 1, else {@code constant}. */
  @Override
  public String name() {
    return value == 0 ? "zeros" : value == 1 ? "ones" : "constant";
  }

  @Override
  public String className() {
    return value == 0 ? "Zeros" : value == 1 ? "Ones" : "Constant";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    if (name().equals("constant")) {
      c.put("value", value);
    }
    return c;
  }

  @Override
  public void fill(Tensor w, Rng rng) {
    w.fill((float) value);
  }
}
