package io.fovea.kernel;

import java.util.Arrays;

/**
 * Plain-Java matrix products, the specification of {@link Kernels#gemm}, {@link Kernels#gemmTN} and
 * {@link Kernels#gemmNT}: {@code C[i,j] (+)= sum_p A[i,p] * B[p,j]} with the stored layouts of each
 * form. Loops run with the innermost index contiguous in memory (so the JIT can vectorise them),
 * over row blocks split across {@link Parallel} for large products; each row of C is summed by one
 * thread in ascending {@code p}, whatever the thread count.
 */
final class ScalarGemm {

  /** Multiply-adds per chunk below which splitting over threads costs more than it saves. */
  private static final int CHUNK_WORK = 1 << 16;

  private ScalarGemm() {}

  static void gemm(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    rowsOverThreads(m, n, k, a, aOff, k, 1, b, bOff, c, cOff, accumulate);
  }

  static void gemmTN(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    rowsOverThreads(m, n, k, a, aOff, 1, m, b, bOff, c, cOff, accumulate);
  }

  static void gemmNT(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    int minRows = minRows(n, k);
    if (oneChunk(m, minRows)) {
      ntRows(0, m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
      return;
    }
    Parallel.forRange(
        m, minRows, (from, to) -> ntRows(from, to, n, k, a, aOff, b, bOff, c, cOff, accumulate));
  }

  /** Rows {@code [from, to)} of {@link #gemmNT}: dot products of rows of A and rows of B. */
  private static void ntRows(
      int from,
      int to,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    for (int i = from; i < to; i++) {
      int ai = aOff + i * k;
      for (int j = 0; j < n; j++) {
        int bj = bOff + j * k;
        float s = 0f;
        for (int p = 0; p < k; p++) {
          s += a[ai + p] * b[bj + p];
        }
        int ci = cOff + i * n + j;
        c[ci] = accumulate ? c[ci] + s : s;
      }
    }
  }

  /**
   * {@link #gemm} and {@link #gemmTN} in one: {@code A[i,p]} is read at {@code aOff + i * aRow + p
   * * aCol}, so only the strides of A differ between the two forms.
   */
  private static void rowsOverThreads(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      int aRow,
      int aCol,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    int minRows = minRows(n, k);
    if (oneChunk(m, minRows)) {
      rows(0, m, n, k, a, aOff, aRow, aCol, b, bOff, c, cOff, accumulate);
      return;
    }
    Parallel.forRange(
        m,
        minRows,
        (from, to) -> rows(from, to, n, k, a, aOff, aRow, aCol, b, bOff, c, cOff, accumulate));
  }

  /** Rows {@code [from, to)} of C, each summed in ascending {@code p}. */
  private static void rows(
      int from,
      int to,
      int n,
      int k,
      float[] a,
      int aOff,
      int aRow,
      int aCol,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    for (int i = from; i < to; i++) {
      int ci = cOff + i * n;
      if (!accumulate) {
        Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        axpy(n, a[aOff + i * aRow + p * aCol], b, bOff + p * n, c, ci);
      }
    }
  }

  /** {@code c[ci ..] += alpha * b[bi ..]} over {@code n} elements. */
  private static void axpy(int n, float alpha, float[] b, int bi, float[] c, int ci) {
    for (int j = 0; j < n; j++) {
      c[ci + j] += alpha * b[bi + j];
    }
  }

  /**
   * Whether {@link Parallel#forRange} would run {@code m} rows as one chunk; the caller then runs
   * them directly and skips the capturing lambda the pool would need.
   */
  private static boolean oneChunk(int m, int minRows) {
    return Parallel.threads() == 1 || m < 2 * minRows;
  }

  private static int minRows(int n, int k) {
    return (int) Math.max(1, CHUNK_WORK / Math.max(1L, (long) n * k));
  }
}
