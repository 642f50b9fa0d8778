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
    Parallel.forRange(
        m,
        minRows(n, k),
        (from, to) -> {
          for (int i = from; i < to; i++) {
            int ci = cOff + i * n;
            if (!accumulate) {
              Arrays.fill(c, ci, ci + n, 0f);
            }
            for (int p = 0; p < k; p++) {
              axpy(n, a[aOff + i * k + p], b, bOff + p * n, c, ci);
            }
          }
        });
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
    Parallel.forRange(
        m,
        minRows(n, k),
        (from, to) -> {
          for (int i = from; i < to; i++) {
            int ci = cOff + i * n;
            if (!accumulate) {
              Arrays.fill(c, ci, ci + n, 0f);
            }
            for (int p = 0; p < k; p++) {
              axpy(n, a[aOff + p * m + i], b, bOff + p * n, c, ci);
            }
          }
        });
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
    Parallel.forRange(
        m,
        minRows(n, k),
        (from, to) -> {
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
        });
  }

  /** {@code c[ci ..] += alpha * b[bi ..]} over {@code n} elements. */
  private static void axpy(int n, float alpha, float[] b, int bi, float[] c, int ci) {
    for (int j = 0; j < n; j++) {
      c[ci + j] += alpha * b[bi + j];
    }
  }

  private static int minRows(int n, int k) {
    return (int) Math.max(1, CHUNK_WORK / Math.max(1L, (long) n * k));
  }
}
