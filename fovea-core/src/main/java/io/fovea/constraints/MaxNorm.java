package io.fovea.constraints;

import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code MaxNorm}: caps the L2 norm of each slice at {@code maxValue}, {@code w *= clip(n,
 * 0, maxValue) / (1e-7 + n)} with {@code n} the norm over {@code axes} (so a slice under the cap is
 * kept, up to the epsilon). Keras defaults: maxValue 2, axis 0 (each unit's incoming weights of a
 * Dense kernel {@code [in, units]}); for a Conv2D kernel {@code [kh, kw, in, filters]} Keras's
 * default is still axis 0, and axes {@code [0, 1, 2]} constrain whole filters. Reference:
 * Srivastava et al. 2014, Dropout, section 5.1.
 *
 * @param maxValue the largest norm allowed, {@code > 0}
 * @param axes the axes the norm is taken over
 */
public record MaxNorm(double maxValue, List<Integer> axes) implements Constraint {

  /** Checks the arguments. */
  public MaxNorm {
    if (!(maxValue > 0)) {
      throw new IllegalArgumentException("MaxNorm: expected maxValue > 0, got " + maxValue);
    }
    axes = NormScaling.axes("MaxNorm", axes);
  }

  @Override
  public String name() {
    return "max_norm";
  }

  @Override
  public String className() {
    return "MaxNorm";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("max_value", maxValue);
    c.put("axis", NormScaling.configAxis(axes));
    return c;
  }

  @Override
  public void apply(Tensor w) {
    NormScaling.apply("MaxNorm", w, axes, n -> Math.min(n, maxValue) / (NormScaling.EPSILON + n));
  }
}
