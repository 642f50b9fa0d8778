package io.fovea.initializers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The initializers by Keras name, with Keras's defaults: {@code glorot_uniform} (the default kernel
 * initializer), {@code glorot_normal}, {@code he_normal}, {@code he_uniform}, {@code lecun_normal},
 * {@code lecun_uniform}, {@code zeros} (the default bias initializer), {@code ones}, {@code
 * constant} (0), {@code random_normal} (mean 0, stddev 0.05), {@code random_uniform} (-0.05, 0.05),
 * {@code truncated_normal} (mean 0, stddev 0.05). The formulas are in {@link VarianceScaling} and
 * the records.
 */
public final class Initializers {

  private static final Map<String, Supplier<Initializer>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("glorot_uniform", Initializers::glorotUniform);
    BY_NAME.put("glorot_normal", Initializers::glorotNormal);
    BY_NAME.put("he_normal", Initializers::heNormal);
    BY_NAME.put("he_uniform", Initializers::heUniform);
    BY_NAME.put("lecun_normal", Initializers::lecunNormal);
    BY_NAME.put("lecun_uniform", Initializers::lecunUniform);
    BY_NAME.put("zeros", Constant::zeros);
    BY_NAME.put("ones", Constant::ones);
    BY_NAME.put("constant", Constant::new);
    BY_NAME.put("random_normal", RandomNormal::new);
    BY_NAME.put("random_uniform", RandomUniform::new);
    BY_NAME.put("truncated_normal", TruncatedNormal::new);
  }

  private Initializers() {}

  /**
   * The initializer called {@code name}, with Keras's default arguments.
   *
   * @throws IllegalArgumentException listing the known names for an unknown one
   */
  public static Initializer get(String name) {
    Supplier<Initializer> s = name == null ? null : BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "initializer: expected one of " + names() + ", got '" + name + "'");
    }
    return s.get();
  }

  /** The known names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** U(-l, l) with {@code l = sqrt(6 / (fan_in + fan_out))}. */
  public static Initializer glorotUniform() {
    return new VarianceScaling(1, "fan_avg", "uniform");
  }

  /** Truncated normal with variance {@code 2 / (fan_in + fan_out)}. */
  public static Initializer glorotNormal() {
    return new VarianceScaling(1, "fan_avg", "truncated_normal");
  }

  /** Truncated normal with variance {@code 2 / fan_in}. */
  public static Initializer heNormal() {
    return new VarianceScaling(2, "fan_in", "truncated_normal");
  }

  /** U(-l, l) with {@code l = sqrt(6 / fan_in)}. */
  public static Initializer heUniform() {
    return new VarianceScaling(2, "fan_in", "uniform");
  }

  /** Truncated normal with variance {@code 1 / fan_in}. */
  public static Initializer lecunNormal() {
    return new VarianceScaling(1, "fan_in", "truncated_normal");
  }

  /** U(-l, l) with {@code l = sqrt(3 / fan_in)}. */
  public static Initializer lecunUniform() {
    return new VarianceScaling(1, "fan_in", "uniform");
  }
}
