package io.fovea.constraints;

import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code UnitNorm}: {@code w /= 1e-7 + n}, each slice scaled to norm 1, with {@code n} the
 * L2 norm over {@code axes} (Keras default axis 0).
 *
 * @param axes the axes the norm is taken over
 */
public record UnitNorm(List<Integer> axes) implements Constraint {

  /** Checks the axes. */
  public UnitNorm {
    axes = NormScaling.axes("UnitNorm", axes);
  }

  @Override
  public String name() {
    return "unit_norm";
  }

  @Override
  public String className() {
    return "UnitNorm";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("axis", NormScaling.configAxis(axes));
    return c;
  }

  @Override
  public void apply(Tensor w) {
    NormScaling.apply("UnitNorm", w, axes, n -> 1 / (NormScaling.EPSILON + n));
  }
}
