package io.fovea.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks as matplotlib's {@code MaxNLocator} picks them: a step of 1, 2, 2.5 or 5 times a power
 * of ten giving at most about six ticks, at multiples of the step inside the range.
 */
final class Ticks {

  private static final double[] STEPS = {1, 2, 2.5, 5, 10};

  private Ticks() {}

  /** The ticks inside {@code [lo, hi]} ({@code lo < hi}). */
  static List<Double> nice(double lo, double hi) {
    double raw = (hi - lo) / 6;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = power * 10;
    for (double s : STEPS) {
      if (s * power >= raw) {
        step = s * power;
        break;
      }
    }
    List<Double> ticks = new ArrayList<>();
    for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + 1e-9 * step; k++) {
      ticks.add(k * step);
    }
    return ticks;
  }

  /** The shortest decimal form of {@code t}, e.g. {@code 0.5}, {@code -2}, {@code 0} (never -0). */
  static String label(double t) {
    if (Math.abs(t) < 1e-12) {
      return "0";
    }
    // matplotlib writes a true minus sign, not a hyphen.
    return new BigDecimal(String.valueOf((float) t))
        .stripTrailingZeros()
        .toPlainString()
        .replace('-', '\u2212');
  }
}
