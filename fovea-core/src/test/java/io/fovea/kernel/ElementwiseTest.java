package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.TAIL_LENGTHS;
import static io.fovea.kernel.KernelTesting.assertClose;
import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class ElementwiseTest {

  private static final int[] LONG_LENGTHS = {65_536, 200_003};

  private interface Binary {
    void run(Kernels k, int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff);
  }

  private static void checkBinary(String name, Binary op, DoubleBinaryOperator ref) {
    for (Kernels k : bothPaths()) {
      for (int n : lengths()) {
        long seed = 1000 + n;
        SplittableRandom random = new SplittableRandom(seed);
        float[] a = randomArray(random, n + 3);
        float[] b = randomArray(random, n + 5);
        for (int i = 0; i < b.length; i++) {
          b[i] += b[i] >= 0 ? 0.5f : -0.5f; // keep divisors away from zero
        }
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) {
          expected[i] = (float) ref.applyAsDouble(a[3 + i], b[5 + i]);
        }
        float[] out = new float[n + 1];
        op.run(k, n, a, 3, b, 5, out, 1);
        String context = name + " " + k.name() + " n=" + n + " seed=" + seed;
        assertClose(expected, Arrays.copyOfRange(out, 1, n + 1), 1e-6, context);
        op.run(k, n, a, 3, b, 5, a, 3); // in place over a
        assertClose(expected, Arrays.copyOfRange(a, 3, n + 3), 1e-6, context + " in place");
      }
    }
  }

  private static int[] lengths() {
    int[] all = Arrays.copyOf(TAIL_LENGTHS, TAIL_LENGTHS.length + LONG_LENGTHS.length);
    System.arraycopy(LONG_LENGTHS, 0, all, TAIL_LENGTHS.length, LONG_LENGTHS.length);
    return all;
  }

  @Test
  void addMatchesReference() {
    checkBinary("add", Kernels::add, (x, y) -> x + y);
  }

  @Test
  void subMatchesReference() {
    checkBinary("sub", Kernels::sub, (x, y) -> x - y);
  }

  @Test
  void mulMatchesReference() {
    checkBinary("mul", Kernels::mul, (x, y) -> x * y);
  }

  @Test
  void divMatchesReference() {
    checkBinary("div", Kernels::div, (x, y) -> x / y);
  }

  @Test
  void scaleShiftAndAxpyMatchReference() {
    for (Kernels k : bothPaths()) {
      for (int n : lengths()) {
        SplittableRandom random = new SplittableRandom(n);
        float[] x = randomArray(random, n + 2);
        float[] y = randomArray(random, n);
        float[] shifted = new float[n];
        float[] axpy = new float[n];
        for (int i = 0; i < n; i++) {
          shifted[i] = (float) (x[2 + i] * 1.5 - 0.25);
          axpy[i] = (float) (y[i] + -0.75 * x[2 + i]);
        }
        String context = k.name() + " n=" + n + " seed=" + n;
        k.axpy(n, -0.75f, x, 2, y, 0);
        assertClose(axpy, y, 1e-6, "axpy " + context);
        k.scaleShift(n, x, 2, 1.5f, -0.25f, x, 2);
        assertClose(shifted, Arrays.copyOfRange(x, 2, n + 2), 1e-6, "scaleShift " + context);
      }
    }
  }

  @Test
  void reductionsMatchReferenceWithToleranceGrowingWithLength() {
    for (Kernels k : bothPaths()) {
      for (int n : lengths()) {
        SplittableRandom random = new SplittableRandom(7 * n);
        float[] a = randomArray(random, n + 1);
        float[] b = randomArray(random, n + 4);
        double sum = 0;
        double dot = 0;
        double abs = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          sum += a[1 + i];
          dot += (double) a[1 + i] * b[4 + i];
          abs += Math.abs(a[1 + i]);
          max = Math.max(max, a[1 + i]);
        }
        double tol = 1e-6 * abs + 1e-9;
        String context = k.name() + " n=" + n + " seed=" + 7 * n;
        assertThat(k.sum(n, a, 1)).as("sum " + context).isCloseTo(sum, within(tol));
        assertThat(k.dot(n, a, 1, b, 4)).as("dot " + context).isCloseTo(dot, within(tol));
        if (n > 0) {
          assertThat(k.max(n, a, 1)).as("max " + context).isEqualTo(max);
        }
      }
    }
  }

  @Test
  void sumKeepsDoubleAccuracyOverLongArrays() {
    float[] ones = new float[3_000_001];
    Arrays.fill(ones, 0.1f);
    double expected = ones.length * (double) 0.1f;
    for (Kernels k : bothPaths()) {
      // A float running sum would be off by percents here; blocks keep it near 1e-6 relative.
      assertThat(k.sum(ones.length, ones, 0)).as(k.name()).isCloseTo(expected, within(3.0));
    }
  }

  @Test
  void reductionsAreDeterministicAcrossCalls() {
    float[] x = randomArray(new SplittableRandom(3), 1_000_003);
    for (Kernels k : bothPaths()) {
      double first = k.sum(x.length, x, 0);
      double dot = k.dot(x.length, x, 0, x, 0);
      for (int run = 0; run < 5; run++) {
        assertThat(k.sum(x.length, x, 0)).as(k.name()).isEqualTo(first);
        assertThat(k.dot(x.length, x, 0, x, 0)).as(k.name()).isEqualTo(dot);
      }
    }
  }

  @Test
  void parallelSumsEqualTheSameBlocksAddedInOrderOnOneThread() {
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    int n = 5 * VectorElementwise.PARALLEL_MIN + 123;
    float[] x = randomArray(new SplittableRandom(8), n);
    double sum = 0;
    double dot = 0;
    for (int from = 0; from < n; from += VectorElementwise.BLOCK) {
      int len = Math.min(VectorElementwise.BLOCK, n - from);
      sum += vector.sum(len, x, from);
      dot += vector.dot(len, x, from, x, from);
    }
    // Bit-equal: the split over threads cannot change the result.
    assertThat(vector.sum(n, x, 0)).isEqualTo(sum);
    assertThat(vector.dot(n, x, 0, x, 0)).isEqualTo(dot);
  }

  @Test
  void maxFindsNaNAndNegativeValuesAtEveryPosition() {
    for (Kernels k : bothPaths()) {
      for (int n : new int[] {1, 17, 100, 257}) {
        for (int at = 0; at < n; at += Math.max(1, n / 7)) {
          float[] x = new float[n];
          Arrays.fill(x, -5f);
          x[at] = -1f;
          assertThat(k.max(n, x, 0)).as(k.name() + " n=" + n + " at=" + at).isEqualTo(-1f);
          x[at] = Float.NaN;
          assertThat(k.max(n, x, 0)).as(k.name() + " NaN n=" + n + " at=" + at).isNaN();
        }
      }
    }
  }

  @Test
  void vectorMatchesScalarAtTailLengths() {
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    Kernels scalar = KernelSelector.scalar();
    for (int n : TAIL_LENGTHS) {
      SplittableRandom random = new SplittableRandom(31 + n);
      float[] a = randomArray(random, n);
      float[] b = randomArray(random, n);
      float[] s = new float[n];
      float[] v = new float[n];
      scalar.mul(n, a, 0, b, 0, s, 0);
      vector.mul(n, a, 0, b, 0, v, 0);
      assertThat(v).as("mul n=" + n).containsExactly(s);
      scalar.scaleShift(n, a, 0, 0.3f, 2f, s, 0);
      vector.scaleShift(n, a, 0, 0.3f, 2f, v, 0);
      assertThat(v).as("scaleShift n=" + n).containsExactly(s);
      double tol = 1e-6 * Math.max(1, n);
      assertThat(vector.sum(n, a, 0)).isCloseTo(scalar.sum(n, a, 0), within(tol));
      assertThat(vector.dot(n, a, 0, b, 0)).isCloseTo(scalar.dot(n, a, 0, b, 0), within(tol));
    }
  }
}
