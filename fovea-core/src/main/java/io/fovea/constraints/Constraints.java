package io.fovea.constraints;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The weight constraints by Keras name with Keras's defaults ({@code max_norm}: 2, axis 0; {@code
 * non_neg}; {@code unit_norm}: axis 0; {@code min_max_norm}: 0, 1, rate 1, axis 0), and factories
 * for the usual spellings: {@code maxNorm(3)}, {@code maxNorm(3, 0, 1, 2)}.
 */
public final class Constraints {

  private static final Map<String, Supplier<Constraint>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("max_norm", () -> maxNorm(2));
    BY_NAME.put("non_neg", Constraints::nonNeg);
    BY_NAME.put("unit_norm", Constraints::unitNorm);
    BY_NAME.put("min_max_norm", () -> minMaxNorm(0, 1));
  }

  private Constraints() {}

  /**
   * The constraint called {@code name}, with Keras's default arguments.
   *
   * @throws IllegalArgumentException listing the known names for an unknown one
   */
  public static Constraint get(String name) {
    Supplier<Constraint> s = name == null ? null : BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException(
          "constraint: expected one of " + names() + ", got '" + name + "'");
    }
    return s.get();
  }

  /** The known names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** {@code MaxNorm(maxValue)} over axis 0 (Keras's default). */
  public static MaxNorm maxNorm(double maxValue) {
    return new MaxNorm(maxValue, List.of(0));
  }

  /** {@code MaxNorm(maxValue)} over the given axes, e.g. {@code 0, 1, 2} for whole filters. */
  public static MaxNorm maxNorm(double maxValue, int... axes) {
    return new MaxNorm(maxValue, boxed(axes));
  }

  /** {@code NonNeg()}. */
  public static NonNeg nonNeg() {
    return new NonNeg();
  }

  /** {@code UnitNorm()} over axis 0. */
  public static UnitNorm unitNorm() {
    return new UnitNorm(List.of(0));
  }

  /** {@code MinMaxNorm(minValue, maxValue)} with rate 1 over axis 0. */
  public static MinMaxNorm minMaxNorm(double minValue, double maxValue) {
    return new MinMaxNorm(minValue, maxValue, 1, List.of(0));
  }

  private static List<Integer> boxed(int[] axes) {
    return axes == null ? null : Arrays.stream(axes).boxed().toList();
  }
}
