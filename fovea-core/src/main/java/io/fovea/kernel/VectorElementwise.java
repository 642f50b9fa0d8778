package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API elementwise loops and reductions; agree with {@link ScalarElementwise}.
 *
 * <p>Each loop runs the scalar code below {@link #THRESHOLD} elements, strides over full vectors
 * and finishes the tail in scalar code (Lucene's {@code dotProduct}). Loops longer than {@link
 * #PARALLEL_MIN} are split over {@link Parallel}; a reduction is cut into blocks of {@link #BLOCK}
 * elements whose boundaries do not depend on the thread count, each block summed with float
 * accumulators and the blocks added in order in double, so that the result is the same on any
 * number of threads.
 */
final class VectorElementwise {

  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int L = S.length();

  /** Below this many elements the scalar loop is faster than setting up vectors. */
  static final int THRESHOLD = Math.max(32, 2 * L);

  /** Loops at least this long are split over the thread pool. */
  static final int PARALLEL_MIN = 1 << 16;

  /** Elements per parallel chunk at least. */
  static final int CHUNK = PARALLEL_MIN / 2;

  /** Reduction block length: fixed, so that parallel sums equal sequential ones. */
  static final int BLOCK = 1 << 13;

  private VectorElementwise() {}

  /** Whether a loop of {@code n} elements is long enough to split over the pool. */
  static boolean parallel(long n) {
    return n >= PARALLEL_MIN && Parallel.threads() > 1;
  }

  static void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    if (parallel(n)) {
      Parallel.forRange(n, CHUNK, (from, to) -> addRange(from, to, a, aOff, b, bOff, out, outOff));
    } else {
      addRange(0, n, a, aOff, b, bOff, out, outOff);
    }
  }

  private static void addRange(
      int from, int to, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector va = FloatVector.fromArray(S, a, aOff + i);
      va.add(FloatVector.fromArray(S, b, bOff + i)).intoArray(out, outOff + i);
    }
    ScalarElementwise.add(to - i, a, aOff + i, b, bOff + i, out, outOff + i);
  }

  static void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    if (parallel(n)) {
      Parallel.forRange(n, CHUNK, (from, to) -> subRange(from, to, a, aOff, b, bOff, out, outOff));
    } else {
      subRange(0, n, a, aOff, b, bOff, out, outOff);
    }
  }

  private static void subRange(
      int from, int to, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector va = FloatVector.fromArray(S, a, aOff + i);
      va.sub(FloatVector.fromArray(S, b, bOff + i)).intoArray(out, outOff + i);
    }
    ScalarElementwise.sub(to - i, a, aOff + i, b, bOff + i, out, outOff + i);
  }

  static void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    if (parallel(n)) {
      Parallel.forRange(n, CHUNK, (from, to) -> mulRange(from, to, a, aOff, b, bOff, out, outOff));
    } else {
      mulRange(0, n, a, aOff, b, bOff, out, outOff);
    }
  }

  private static void mulRange(
      int from, int to, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector va = FloatVector.fromArray(S, a, aOff + i);
      va.mul(FloatVector.fromArray(S, b, bOff + i)).intoArray(out, outOff + i);
    }
    ScalarElementwise.mul(to - i, a, aOff + i, b, bOff + i, out, outOff + i);
  }

  static void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    if (parallel(n)) {
      Parallel.forRange(n, CHUNK, (from, to) -> divRange(from, to, a, aOff, b, bOff, out, outOff));
    } else {
      divRange(0, n, a, aOff, b, bOff, out, outOff);
    }
  }

  private static void divRange(
      int from, int to, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector va = FloatVector.fromArray(S, a, aOff + i);
      va.div(FloatVector.fromArray(S, b, bOff + i)).intoArray(out, outOff + i);
    }
    ScalarElementwise.div(to - i, a, aOff + i, b, bOff + i, out, outOff + i);
  }

  /** Multiply then add (no fused multiply-add), so the result is bit-identical to scalar. */
  static void scaleShift(
      int n, float[] a, int aOff, float scale, float shift, float[] out, int outOff) {
    if (parallel(n)) {
      Parallel.forRange(
          n, CHUNK, (from, to) -> scaleShiftRange(from, to, a, aOff, scale, shift, out, outOff));
    } else {
      scaleShiftRange(0, n, a, aOff, scale, shift, out, outOff);
    }
  }

  private static void scaleShiftRange(
      int from, int to, float[] a, int aOff, float scale, float shift, float[] out, int outOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector.fromArray(S, a, aOff + i).mul(scale).add(shift).intoArray(out, outOff + i);
    }
    ScalarElementwise.scaleShift(to - i, a, aOff + i, scale, shift, out, outOff + i);
  }

  static void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    if (parallel(n)) {
      Parallel.forRange(n, CHUNK, (from, to) -> axpyRange(from, to, alpha, x, xOff, y, yOff));
    } else {
      axpyRange(0, n, alpha, x, xOff, y, yOff);
    }
  }

  private static void axpyRange(
      int from, int to, float alpha, float[] x, int xOff, float[] y, int yOff) {
    int i = from;
    for (int bound = to - L; i <= bound && to - from >= THRESHOLD; i += L) {
      FloatVector vy = FloatVector.fromArray(S, y, yOff + i);
      vy.add(FloatVector.fromArray(S, x, xOff + i).mul(alpha)).intoArray(y, yOff + i);
    }
    ScalarElementwise.axpy(to - i, alpha, x, xOff + i, y, yOff + i);
  }

  static double sum(int n, float[] x, int off) {
    if (n < THRESHOLD) {
      return ScalarElementwise.sum(n, x, off);
    }
    if (parallel(n)) {
      return reduceBlocks(n, (from, to) -> blockSum(to - from, x, off + from));
    }
    double s = 0;
    for (int from = 0; from < n; from += BLOCK) {
      s += blockSum(Math.min(BLOCK, n - from), x, off + from);
    }
    return s;
  }

  static double dot(int n, float[] a, int aOff, float[] b, int bOff) {
    if (n < THRESHOLD) {
      return ScalarElementwise.dot(n, a, aOff, b, bOff);
    }
    if (parallel(n)) {
      return reduceBlocks(n, (from, to) -> blockDot(to - from, a, aOff + from, b, bOff + from));
    }
    double s = 0;
    for (int from = 0; from < n; from += BLOCK) {
      s += blockDot(Math.min(BLOCK, n - from), a, aOff + from, b, bOff + from);
    }
    return s;
  }

  static float max(int n, float[] x, int off) {
    if (n < THRESHOLD) {
      return ScalarElementwise.max(n, x, off);
    }
    // MAX follows Math.max, so a NaN anywhere comes out as NaN.
    FloatVector m0 = FloatVector.fromArray(S, x, off);
    FloatVector m1 = m0;
    int i = L;
    for (; i + 2 * L <= n; i += 2 * L) {
      m0 = m0.max(FloatVector.fromArray(S, x, off + i));
      m1 = m1.max(FloatVector.fromArray(S, x, off + i + L));
    }
    for (; i + L <= n; i += L) {
      m0 = m0.max(FloatVector.fromArray(S, x, off + i));
    }
    float m = m0.max(m1).reduceLanes(VectorOperators.MAX);
    for (; i < n; i++) {
      m = Math.max(m, x[off + i]);
    }
    return m;
  }

  /** A partial reduction over {@code [from, to)} of one block. */
  @FunctionalInterface
  interface BlockReduction {
    double reduce(int from, int to);
  }

  /**
   * Sums {@code body} over fixed blocks of {@link #BLOCK} on the pool, then adds the partial sums
   * in block order: the same blocks and order as the sequential loops in {@link #sum} and {@link
   * #dot}, so the result is the same on any number of threads.
   */
  static double reduceBlocks(int n, BlockReduction body) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    // The blocks' bodies use no scratch, so this thread's may hold the partial sums meanwhile.
    double[] partial = ScalarActivations.scratch(blocks);
    Parallel.forRange(
        blocks,
        2,
        (bf, bt) -> {
          for (int b = bf; b < bt; b++) {
            partial[b] = body.reduce(b * BLOCK, Math.min(n, (b + 1) * BLOCK));
          }
        });
    double s = 0;
    for (int b = 0; b < blocks; b++) {
      s += partial[b];
    }
    return s;
  }

  /** Four float accumulators over one block, then the tail in double. */
  private static double blockSum(int n, float[] x, int off) {
    FloatVector s0 = FloatVector.zero(S);
    FloatVector s1 = s0;
    FloatVector s2 = s0;
    FloatVector s3 = s0;
    int i = 0;
    for (int bound = n - 4 * L; i <= bound; i += 4 * L) {
      s0 = s0.add(FloatVector.fromArray(S, x, off + i));
      s1 = s1.add(FloatVector.fromArray(S, x, off + i + L));
      s2 = s2.add(FloatVector.fromArray(S, x, off + i + 2 * L));
      s3 = s3.add(FloatVector.fromArray(S, x, off + i + 3 * L));
    }
    for (int bound = S.loopBound(n); i < bound; i += L) {
      s0 = s0.add(FloatVector.fromArray(S, x, off + i));
    }
    double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    return s + ScalarElementwise.sum(n - i, x, off + i);
  }

  private static double blockDot(int n, float[] a, int aOff, float[] b, int bOff) {
    FloatVector s0 = FloatVector.zero(S);
    FloatVector s1 = s0;
    FloatVector s2 = s0;
    FloatVector s3 = s0;
    int i = 0;
    for (int bound = n - 4 * L; i <= bound; i += 4 * L) {
      s0 = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), s0);
      s1 =
          FloatVector.fromArray(S, a, aOff + i + L)
              .fma(FloatVector.fromArray(S, b, bOff + i + L), s1);
      s2 =
          FloatVector.fromArray(S, a, aOff + i + 2 * L)
              .fma(FloatVector.fromArray(S, b, bOff + i + 2 * L), s2);
      s3 =
          FloatVector.fromArray(S, a, aOff + i + 3 * L)
              .fma(FloatVector.fromArray(S, b, bOff + i + 3 * L), s3);
    }
    for (int bound = S.loopBound(n); i < bound; i += L) {
      s0 = FloatVector.fromArray(S, a, aOff + i).fma(FloatVector.fromArray(S, b, bOff + i), s0);
    }
    double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
    return s + ScalarElementwise.dot(n - i, a, aOff + i, b, bOff + i);
  }
}
