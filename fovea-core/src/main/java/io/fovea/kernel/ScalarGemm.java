package io.fovea.kernel;

/** Plain-Java matrix products; see {@link Kernels#gemm}. */
final class ScalarGemm {

  private ScalarGemm() {}

  static void gemm(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      int ci = cOff + i * n;
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        float aip = a[aOff + i * k + p];
        int bp = bOff + p * n;
        for (int j = 0; j < n; j++) {
          c[ci + j] += aip * b[bp + j];
        }
      }
    }
  }

  static void gemmTN(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      int ci = cOff + i * n;
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        float api = a[aOff + p * m + i];
        int bp = bOff + p * n;
        for (int j = 0; j < n; j++) {
          c[ci + j] += api * b[bp + j];
        }
      }
    }
  }

  static void gemmNT(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        float s = 0f;
        for (int p = 0; p < k; p++) {
          s += a[aOff + i * k + p] * b[bOff + j * k + p];
        }
        int ci = cOff + i * n + j;
        c[ci] = accumulate ? c[ci] + s : s;
      }
    }
  }
}
