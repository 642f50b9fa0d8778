package io.fovea.tensor;

import java.util.SplittableRandom;

/**
 * A seeded source of random floats: the same seed gives the same sequence on every machine and
 * thread count, because numbers are drawn one after another on the calling thread.
 *
 * <p>Uniform numbers come from {@link SplittableRandom#nextDouble()}. Normal numbers use the
 * Box-Muller transform: from uniforms {@code u1} in (0, 1] and {@code u2} in [0, 1), {@code r =
 * sqrt(-2 ln u1)} gives the pair {@code r cos(2 pi u2)}, {@code r sin(2 pi u2)}; the second of each
 * pair is kept for the next call (Box and Muller, 1958). Not thread-safe; use one per thread or
 * {@link #split()}.
 */
public final class Rng {

  private final SplittableRandom random;
  private double spare;
  private boolean hasSpare;

  /** A generator started from {@code seed}. */
  public Rng(long seed) {
    this(new SplittableRandom(seed));
  }

  private Rng(SplittableRandom random) {
    this.random = random;
  }

  /** A new generator whose sequence is independent of this one (and determined by its seed). */
  public Rng split() {
    return new Rng(random.split());
  }

  /** A uniform double in [0, 1). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** A uniform int in [0, bound), {@code bound > 0}. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("nextInt: expected bound > 0, got " + bound);
    }
    return random.nextInt(bound);
  }

  /** A uniform float in [lo, hi). */
  public float uniform(float lo, float hi) {
    float v = (float) (lo + (hi - (double) lo) * random.nextDouble());
    // Rounding to float can land on hi; keep the interval half-open.
    return v < hi ? v : Math.nextDown(hi);
  }

  /** A standard normal double, mean 0 and standard deviation 1 (Box-Muller). */
  public double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
    double u2 = random.nextDouble();
    double r = Math.sqrt(-2.0 * Math.log(u1));
    double theta = 2.0 * Math.PI * u2;
    spare = r * Math.sin(theta);
    hasSpare = true;
    return r * Math.cos(theta);
  }

  /** A normal float with the given mean and standard deviation. */
  public float normal(float mean, float std) {
    return (float) (mean + std * nextGaussian());
  }

  /** A new tensor of uniforms in [lo, hi), drawn in row-major order. */
  public Tensor uniform(Shape shape, float lo, float hi) {
    if (!(lo < hi)) {
      throw new IllegalArgumentException("uniform: expected lo < hi, got lo=" + lo + ", hi=" + hi);
    }
    Tensor t = Tensor.zeros(shape);
    fillUniform(t.data(), 0, t.size(), lo, hi);
    return t;
  }

  /** A new tensor of normals, drawn in row-major order. */
  public Tensor normal(Shape shape, float mean, float std) {
    if (!(std >= 0)) {
      throw new IllegalArgumentException("normal: expected std >= 0, got " + std);
    }
    Tensor t = Tensor.zeros(shape);
    fillNormal(t.data(), 0, t.size(), mean, std);
    return t;
  }

  /** Fills {@code n} floats of {@code a} from {@code off} with uniforms in [lo, hi). */
  public void fillUniform(float[] a, int off, int n, float lo, float hi) {
    for (int i = 0; i < n; i++) {
      a[off + i] = uniform(lo, hi);
    }
  }

  /** Fills {@code n} floats of {@code a} from {@code off} with normals. */
  public void fillNormal(float[] a, int off, int n, float mean, float std) {
    for (int i = 0; i < n; i++) {
      a[off + i] = normal(mean, std);
    }
  }

  /** Fills {@code t} with uniforms in [lo, hi), in row-major order. */
  public void fillUniform(Tensor t, float lo, float hi) {
    fillUniform(t.data(), t.offset(), t.size(), lo, hi);
  }

  /** Fills {@code t} with normals, in row-major order. */
  public void fillNormal(Tensor t, float mean, float std) {
    fillNormal(t.data(), t.offset(), t.size(), mean, std);
  }

  /**
   * Fills {@code t} with {@code mean + stddev * z}, each {@code z} a standard normal drawn again
   * while {@code |z| > 2} (Keras's truncated normal), computed in double.
   */
  public void fillTruncatedNormal(Tensor t, double mean, double stddev) {
    float[] a = t.data();
    for (int i = 0, n = t.size(); i < n; i++) {
      double z;
      do {
        z = nextGaussian();
      } while (Math.abs(z) > 2);
      a[t.offset() + i] = (float) (mean + stddev * z);
    }
  }

  /** Shuffles {@code a} in place (Fisher-Yates). */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
