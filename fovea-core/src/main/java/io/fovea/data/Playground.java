package io.fovea.data;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;

/**
 * The TensorFlow Playground's 2-D classification sets, for small MLP experiments: points {@code x
 * [n, 2]} and labels {@code y [n]} in {0, 1} (the Playground's -1 is 0).
 *
 * <p>{@code noise} is the Playground's slider divided by 100, in [0, 0.5]. With {@code U(a, b)}
 * uniform draws, following the Playground's {@code dataset.ts}:
 *
 * <ul>
 *   <li>xor: {@code x, y ~ U(-5, 5)} pushed 0.3 away from the axes; label 1 when {@code (x + nx)(y
 *       + ny) >= 0}, with {@code nx, ny ~ U(-5, 5) * noise};
 *   <li>circle: half with radius {@code ~ U(0, 2.5)}, half {@code ~ U(3.5, 5)}, uniform angle;
 *       label 1 when the point plus noise {@code U(-5, 5) * noise} lies within radius 2.5;
 *   <li>gauss: half around (2, 2) labelled 1, half around (-2, -2) labelled 0, variance {@code 0.5
 *       + 7 * noise} (0.5 to 4);
 *   <li>spiral: two arms of {@code n/2} points, {@code r = 5 i / (n/2)}, {@code t = 3.5 pi i /
 *       (n/2) + delta}, point {@code (r sin t, r cos t) + U(-1, 1) * noise}, delta 0 for label 1
 *       and pi for label 0.
 * </ul>
 *
 * The random generator is Fovea's, so the same seed gives the same set here, not the Playground's
 * exact points. Reference: github.com/tensorflow/playground, src/dataset.ts.
 */
public final class Playground {

  private Playground() {}

  /** Points and labels: {@code x [n, 2]}, {@code y [n]}. */
  public record Points(Tensor x, Tensor y) {}

  /** The four-quadrant XOR set. */
  public static Points xor(int n, double noise, long seed) {
    Rng rng = rng("xor", n, noise, seed);
    float[] x = new float[2 * n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      double px = uniform(rng, -5, 5);
      px += px > 0 ? 0.3 : -0.3;
      double py = uniform(rng, -5, 5);
      py += py > 0 ? 0.3 : -0.3;
      double nx = uniform(rng, -5, 5) * noise;
      double ny = uniform(rng, -5, 5) * noise;
      put(x, y, i, px, py, (px + nx) * (py + ny) >= 0);
    }
    return points(x, y, n);
  }

  /** A disc of label 1 inside a ring of label 0. */
  public static Points circle(int n, double noise, long seed) {
    Rng rng = rng("circle", n, noise, seed);
    float[] x = new float[2 * n];
    float[] y = new float[n];
    double radius = 5;
    for (int i = 0; i < n; i++) {
      boolean inner = i < n / 2;
      double r = inner ? uniform(rng, 0, radius * 0.5) : uniform(rng, radius * 0.7, radius);
      double angle = uniform(rng, 0, 2 * Math.PI);
      double px = r * Math.sin(angle);
      double py = r * Math.cos(angle);
      double nx = uniform(rng, -radius, radius) * noise;
      double ny = uniform(rng, -radius, radius) * noise;
      put(x, y, i, px, py, Math.hypot(px + nx, py + ny) < radius * 0.5);
    }
    return points(x, y, n);
  }

  /** Two Gaussian blobs. */
  public static Points gauss(int n, double noise, long seed) {
    Rng rng = rng("gauss", n, noise, seed);
    float[] x = new float[2 * n];
    float[] y = new float[n];
    double std = Math.sqrt(0.5 + 7 * noise);
    for (int i = 0; i < n; i++) {
      boolean positive = i < n / 2;
      double c = positive ? 2 : -2;
      put(x, y, i, c + std * rng.nextGaussian(), c + std * rng.nextGaussian(), positive);
    }
    return points(x, y, n);
  }

  /** Two interleaved spiral arms. */
  public static Points spiral(int n, double noise, long seed) {
    Rng rng = rng("spiral", n, noise, seed);
    float[] x = new float[2 * n];
    float[] y = new float[n];
    int half = n / 2;
    for (int i = 0; i < n; i++) {
      boolean positive = i < half;
      int k = positive ? i : i - half;
      int arm = positive ? half : n - half;
      double r = 5.0 * k / arm;
      double t = 1.75 * k / arm * 2 * Math.PI + (positive ? 0 : Math.PI);
      double px = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
      double py = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
      put(x, y, i, px, py, positive);
    }
    return points(x, y, n);
  }

  private static Rng rng(String where, int n, double noise, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("Playground." + where + ": expected n >= 0, got " + n);
    }
    if (!(noise >= 0 && noise <= 0.5)) {
      throw new IllegalArgumentException(
          "Playground."
              + where
              + ": expected noise in [0, 0.5] "
              + "(the Playground's percent / 100), got "
              + noise);
    }
    return new Rng(seed);
  }

  private static double uniform(Rng rng, double a, double b) {
    return a + rng.nextDouble() * (b - a);
  }

  private static void put(float[] x, float[] y, int i, double px, double py, boolean label) {
    x[2 * i] = (float) px;
    x[2 * i + 1] = (float) py;
    y[i] = label ? 1 : 0;
  }

  private static Points points(float[] x, float[] y, int n) {
    return new Points(Tensor.wrap(x, n, 2), Tensor.wrap(y, n));
  }
}
