package io.fovea.initializers;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keras's {@code VarianceScaling}, the family of glorot, he and lecun initializers: with {@code n}
 * the fan chosen by {@code mode} ({@code fan_in}, {@code fan_out} or {@code fan_avg}, see {@link
 * Fans}) and {@code v = scale / n}, draws
 *
 * <ul>
 *   <li>{@code uniform}: from U(-sqrt(3 v), sqrt(3 v));
 *   <li>{@code truncated_normal}: from N(0, s^2) with {@code s = sqrt(v) / 0.87962566103423978}
 *       (the standard deviation of a unit normal truncated at 2, so the result has variance {@code
 *       v}), redrawing values beyond 2 s;
 *   <li>{@code untruncated_normal}: from N(0, v).
 * </ul>
 *
 * <p>{@code glorot_uniform} and {@code glorot_normal} are scale 1, {@code fan_avg} (Glorot and
 * Bengio 2010); {@code he_uniform} and {@code he_normal} scale 2, {@code fan_in} (He et al. 2015);
 * {@code lecun_uniform} and {@code lecun_normal} scale 1, {@code fan_in} (LeCun et al. 1998).
 */
public record VarianceScaling(double scale, String mode, String distribution)
    implements Initializer {

  static final double TRUNCATED_STD = 0.87962566103423978;

  /** Checks the arguments, as Keras does. */
  public VarianceScaling {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("VarianceScaling: expected scale > 0, got " + scale);
    }
    if (!mode.equals("fan_in") && !mode.equals("fan_out") && !mode.equals("fan_avg")) {
      throw new IllegalArgumentException(
          "VarianceScaling: expected mode fan_in, fan_out or " + "fan_avg, got '" + mode + "'");
    }
    if (!distribution.equals("uniform")
        && !distribution.equals("truncated_normal")
        && !distribution.equals("untruncated_normal")) {
      throw new IllegalArgumentException(
          "VarianceScaling: expected distribution uniform, "
              + "truncated_normal or untruncated_normal, got '"
              + distribution
              + "'");
    }
  }

  @Override
  public String name() {
    String family =
        scale == 1 && mode.equals("fan_avg")
            ? "glorot"
            : scale == 2 && mode.equals("fan_in")
                ? "he"
                : scale == 1 && mode.equals("fan_in") ? "lecun" : null;
    if (family == null || distribution.equals("untruncated_normal")) {
      return "variance_scaling";
    }
    return family + (distribution.equals("uniform") ? "_uniform" : "_normal");
  }

  @Override
  public String className() {
    String n = name();
    StringBuilder b = new StringBuilder();
    for (String part : n.split("_")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> c = new LinkedHashMap<>();
    if (name().equals("variance_scaling")) {
      c.put("scale", scale);
      c.put("mode", mode);
      c.put("distribution", distribution);
    }
    c.put("seed", null);
    return c;
  }

  @Override
  public void fill(Tensor w, Rng rng) {
    Fans fans = Fans.of(w.shape());
    double n =
        mode.equals("fan_in") ? fans.in() : mode.equals("fan_out") ? fans.out() : fans.average();
    double variance = scale / Math.max(1, n);
    switch (distribution) {
      case "uniform" -> {
        float limit = (float) Math.sqrt(3 * variance);
        rng.fillUniform(w, -limit, limit);
      }
      case "truncated_normal" -> rng.fillTruncatedNormal(w, 0, Math.sqrt(variance) / TRUNCATED_STD);
      default -> rng.fillNormal(w, 0f, (float) Math.sqrt(variance));
    }
  }
}
