package io.fovea.kernel;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Shared helpers for kernel tests: both kernel paths, random data, tolerant comparison. */
final class KernelTesting {

  /** Lengths that hit every tail of a 4-, 8- or 16-lane loop (Lucene's parity sizes). */
  static final int[] TAIL_LENGTHS = {
    0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 100, 257, 1023, 4099
  };

  private KernelTesting() {}

  /** The scalar kernels and, when this JVM can run them, the vector kernels. */
  static List<Kernels> bothPaths() {
    List<Kernels> paths = new ArrayList<>();
    paths.add(KernelSelector.scalar());
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector != null) {
      paths.add(vector);
    }
    return paths;
  }

  /** {@code n} uniform floats in [-1, 1). */
  static float[] randomArray(SplittableRandom random, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return a;
  }

  /**
   * Fails unless {@code |e - a| <= tol * max(1, |e|)} for every element; the message names the
   * context, the first bad index and both values.
   */
  static void assertClose(float[] expected, float[] actual, double tol, String context) {
    if (expected.length != actual.length) {
      fail(context + ": expected length " + expected.length + ", got " + actual.length);
    }
    for (int i = 0; i < expected.length; i++) {
      double e = expected[i];
      double a = actual[i];
      if (!(Math.abs(e - a) <= tol * Math.max(1, Math.abs(e)))) {
        fail(
            context
                + ": element "
                + i
                + " expected "
                + e
                + ", got "
                + a
                + " (tolerance "
                + tol
                + ")");
      }
    }
  }
}
