package io.fovea.kernel;

import static io.fovea.kernel.VectorGemmMicro.L;
import static io.fovea.kernel.VectorGemmMicro.MR;
import static io.fovea.kernel.VectorGemmMicro.NR;

import java.util.Arrays;

/**
 * Computes one block of C for {@link VectorGemmJob}, with this thread's packing scratch (allocated
 * once, at the largest block size): for each k slice, B is packed (or read in place), then every
 * tile of {@code MR} rows runs the micro-kernels over every strip of {@code NR} columns; the
 * kernels add onto C, so a product that overwrites C first clears each tile's rows just before its
 * first slice. Row tails run as 4-, 2- and 1-row tiles; column tails one vector at a time, the last
 * partial vector through a small tile buffer that is then added onto C.
 */
final class VectorGemmBlock {

  private final float[] packedB = new float[VectorGemm.KC * VectorGemm.BLOCK_STRIPS * NR];
  private final float[] packedTail = new float[VectorGemm.KC * NR];
  private final float[] tile = new float[MR * L];

  // The current A panel: element (r, p) at aIndex + r * aRowStride + p * aStepStride.
  private float[] aArray;
  private int aIndex;
  private int aRowStride;
  private int aStepStride;

  /** Block of tiles {@code [tile0, tile1)} times strips {@code [strip0, strip1)}. */
  void compute(VectorGemmJob g, int tile0, int tile1, int strip0, int strip1) {
    int i0 = tile0 * MR;
    int i1 = Math.min(g.m, tile1 * MR);
    int j0 = strip0 * NR;
    int j1 = Math.min(g.n, strip1 * NR);
    for (int q = 0; q < g.kSlices; q++) {
      int p0 = VectorGemmJob.split(g.k, g.kSlices, q);
      int kc = VectorGemmJob.split(g.k, g.kSlices, q + 1) - p0;
      packB(g, kc, p0, j0, j1);
      for (int i = i0; i < i1; i += MR) {
        int rows = Math.min(MR, i1 - i);
        if (q == 0 && !g.accumulate) {
          zero(g, i, rows, j0, j1);
        }
        panelA(g, g.aOff + i * g.ars + p0 * g.aks);
        for (int j = j0; j < j1; j += NR) {
          strip(g, rows, Math.min(NR, j1 - j), kc, p0, j, j - j0, g.cOff + i * g.n + j);
        }
      }
    }
    aArray = null;
  }

  /** Clears the tile's part of C just before its first slice adds onto it (still in L1). */
  private static void zero(VectorGemmJob g, int i, int rows, int j0, int j1) {
    for (int r = 0; r < rows; r++) {
      int row = g.cOff + (i + r) * g.n;
      Arrays.fill(g.c, row + j0, row + j1, 0f);
    }
  }

  private void packB(VectorGemmJob g, int kc, int p0, int j0, int j1) {
    if (g.packB) {
      VectorGemmPacking.packB(kc, j1 - j0, g.b, g.bOff, g.bks, g.bjs, p0, j0, packedB);
    } else if ((j1 - j0) % NR != 0) {
      int last = j1 - (j1 - j0) % NR;
      VectorGemmPacking.packB(kc, j1 - last, g.b, g.bOff, g.bks, g.bjs, p0, last, packedTail);
    }
  }

  private void panelA(VectorGemmJob g, int ai) {
    aArray = g.a;
    aIndex = ai;
    aRowStride = g.ars;
    aStepStride = g.aks;
  }

  /** One tile: {@code rows} rows times columns {@code [j, j + width)} of C at {@code ci}. */
  private void strip(
      VectorGemmJob g, int rows, int width, int kc, int p0, int j, int jInBlock, int ci) {
    float[] b;
    int bi;
    int bks;
    if (g.packB) {
      b = packedB;
      bi = jInBlock / NR * kc * NR;
      bks = NR;
    } else if (width < NR) {
      b = packedTail;
      bi = 0;
      bks = NR;
    } else {
      b = g.b;
      bi = g.bOff + p0 * g.bks + j;
      bks = g.bks;
    }
    if (width == NR) {
      full(rows, kc, b, bi, bks, g.c, ci, g.n);
      return;
    }
    int vectors = width / L;
    for (int v = 0; v < vectors; v++) {
      narrow(rows, kc, b, bi + v * L, bks, g.c, ci + v * L, g.n);
    }
    int rest = width - vectors * L;
    if (rest > 0) {
      Arrays.fill(tile, 0f);
      narrow(rows, kc, b, bi + vectors * L, bks, tile, 0, L);
      merge(rows, rest, g.c, ci + vectors * L, g.n);
    }
  }

  private void full(int rows, int kc, float[] b, int bi, int bks, float[] c, int ci, int ldc) {
    if (rows == MR) {
      VectorGemmMicro.tile6x4(kc, aArray, aIndex, aRowStride, aStepStride, b, bi, bks, c, ci, ldc);
      return;
    }
    int r = 0;
    if (rows - r >= 4) {
      VectorGemmTails.tile4x4(kc, aArray, aIndex, aRowStride, aStepStride, b, bi, bks, c, ci, ldc);
      r += 4;
    }
    if (rows - r >= 2) {
      VectorGemmTails.tile2x4(
          kc,
          aArray,
          aIndex + r * aRowStride,
          aRowStride,
          aStepStride,
          b,
          bi,
          bks,
          c,
          ci + r * ldc,
          ldc);
      r += 2;
    }
    if (r < rows) {
      VectorGemmMicro.tile1x4(
          kc, aArray, aIndex + r * aRowStride, aStepStride, b, bi, bks, c, ci + r * ldc);
    }
  }

  private void narrow(int rows, int kc, float[] b, int bi, int bks, float[] c, int ci, int ldc) {
    if (rows == MR) {
      VectorGemmMicro.tile6x1(kc, aArray, aIndex, aRowStride, aStepStride, b, bi, bks, c, ci, ldc);
      return;
    }
    for (int r = 0; r < rows; r++) {
      VectorGemmMicro.tile1x1(
          kc, aArray, aIndex + r * aRowStride, aStepStride, b, bi, bks, c, ci + r * ldc);
    }
  }

  /** Adds the first {@code cols} columns of the tile buffer onto C. */
  private void merge(int rows, int cols, float[] c, int ci, int ldc) {
    for (int r = 0; r < rows; r++) {
      for (int jj = 0; jj < cols; jj++) {
        c[ci + r * ldc + jj] += tile[r * L + jj];
      }
    }
  }
}
