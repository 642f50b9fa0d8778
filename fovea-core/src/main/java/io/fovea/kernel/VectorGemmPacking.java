package io.fovea.kernel;

import static io.fovea.kernel.VectorGemmMicro.NR;

import java.util.Arrays;

/**
 * Copies operand blocks of {@link VectorGemm} into the contiguous layouts the micro-kernels stream:
 * B as strips of {@code NR} columns ({@code [strip][p][NR]}, zero past the last column). A is never
 * packed: the kernels broadcast it from where it lies, which measured faster for both the row-major
 * and the transposed layout (each A element feeds a whole strip of FMAs).
 *
 * <p>Element {@code (p, j)} of B is at {@code bOff + p * bks + j * bjs}, which covers the row-major
 * and the transposed form without transposing whole matrices.
 */
final class VectorGemmPacking {

  private VectorGemmPacking() {}

  /**
   * Packs {@code B[p0 .. p0 + kc, j0 .. j0 + cols]} into {@code ceil(cols / NR)} strips of {@code
   * kc * NR} floats each, from {@code dst[0]}.
   */
  static void packB(
      int kc, int cols, float[] b, int bOff, int bks, int bjs, int p0, int j0, float[] dst) {
    for (int s = 0, j = 0; j < cols; s++, j += NR) {
      int width = Math.min(NR, cols - j);
      int src = bOff + p0 * bks + (j0 + j) * bjs;
      int base = s * kc * NR;
      if (bjs == 1) {
        packRows(kc, width, b, src, bks, dst, base);
      } else {
        packColumns(kc, width, b, src, bks, bjs, dst, base);
      }
    }
  }

  /** Rows of B are contiguous: one copy per row of the strip. */
  private static void packRows(
      int kc, int width, float[] b, int src, int bks, float[] dst, int base) {
    for (int p = 0; p < kc; p++) {
      int d = base + p * NR;
      System.arraycopy(b, src + p * bks, dst, d, width);
      if (width < NR) {
        Arrays.fill(dst, d + width, d + NR, 0f);
      }
    }
  }

  /** Columns of B are contiguous (B stored transposed): read along k, write across. */
  private static void packColumns(
      int kc, int width, float[] b, int src, int bks, int bjs, float[] dst, int base) {
    for (int jj = 0; jj < width; jj++) {
      int s = src + jj * bjs;
      for (int p = 0, d = base + jj; p < kc; p++, d += NR) {
        dst[d] = b[s + p * bks];
      }
    }
    if (width < NR) {
      for (int p = 0; p < kc; p++) {
        Arrays.fill(dst, base + p * NR + width, base + (p + 1) * NR, 0f);
      }
    }
  }
}
