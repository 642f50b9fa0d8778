package io.fovea.activations;

/**
 * The standard normal density and distribution function, for GELU.
 *
 * <p>{@code Phi(x) = (1 + erf(x / sqrt 2)) / 2}, with erf from Abramowitz and Stegun 7.1.26
 * (absolute error below 1.5e-7, under float32 resolution near 1): {@code erf(z) = 1 - (a1 t + a2
 * t^2 + a3 t^3 + a4 t^4 + a5 t^5) e^(-z^2)}, {@code t = 1 / (1 + p z)} for {@code z >= 0}, odd for
 * {@code z < 0}.
 */
final class Gaussian {

  private static final double P = 0.3275911;
  private static final double[] A = {
    0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429
  };
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  private Gaussian() {}

  /** The density {@code e^(-x^2 / 2) / sqrt(2 pi)}. */
  static double pdf(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** The distribution function {@code P(X <= x)} for a standard normal X. */
  static double cdf(double x) {
    return 0.5 * (1 + erf(x / Math.sqrt(2)));
  }

  static double erf(double z) {
    double a = Math.abs(z);
    double t = 1 / (1 + P * a);
    double poly = t * (A[0] + t * (A[1] + t * (A[2] + t * (A[3] + t * A[4]))));
    double r = 1 - poly * Math.exp(-a * a);
    return z < 0 ? -r : r;
  }
}
