package io.fovea.constraints;

import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code MinMaxNorm}: moves each slice's L2 norm {@code n} (over {@code axes}) into {@code
 * [minValue, maxValue]} at speed {@code rate}: {@code w *= (rate clip(n, min, max) + (1 - rate) n)
 * / (1e-7 + n)}. Keras defaults: min 0, max 1, rate 1, axis 0.
 *
 * @param minValue the smallest norm, {@code >= 0}
 * @param maxValue the largest norm, {@code >= minValue}
 * @param rate how far to move in one step, in [0, 1]
 * @param axes the axes the norm is taken over
 */
public record MinMaxNorm(double minValue, double maxValue, double rate, List<Integer> axes)
    implements Constraint {

  /** Checks the arguments. */
  public MinMaxNorm {
    if (!(minValue >= 0 && maxValue >= minValue)) {
      throw new IllegalArgumentException(
          "MinMaxNorm: expected 0 <= minValue <= maxValue, got "
              + "minValue="
              + minValue
              + ", maxValue="
              + maxValue);
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("MinMaxNorm: expected rate in [0, 1], got " + rate);
    }
    axes = NormScaling.axes("MinMaxNorm", axes);
  }

  @Override
  public String name() {
    return "min_max_norm";
  }

  @Override
  public String className() {
    return "MinMaxNorm";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("min_value", minValue);
    c.put("max_value", maxValue);
    c.put("rate", rate);
    c.put("axis", NormScaling.configAxis(axes));
    return c;
  }

  @Override
  public void apply(Tensor w) {
    NormScaling.apply(
        "MinMaxNorm",
        w,
        axes,
        n -> {
          double desired = rate * Math.min(Math.max(n, minValue), maxValue) + (1 - rate) * n;
          return desired / (NormScaling.EPSILON + n);
        });
  }
}
