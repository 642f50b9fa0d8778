package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernels of {@link VectorGemm}: {@code C[r, v] (+)= sum_p A[r, p] *
 * B[p, v]} over one tile, with the whole tile held in registers for the {@code kc} steps.
 *
 * <p>Operands are addressed by strides, so one kernel reads A packed ({@code ars = 1, aks = MR}) or
 * in place (row-major: {@code ars = k, aks = 1}; transposed: {@code ars = 1, aks = m}), and B
 * packed ({@code bks = NR}) or in place ({@code bks = n}). B rows must hold full vectors; A is
 * broadcast one element at a time. The tile is always added onto C (the caller zeroes C first when
 * it overwrites): a kernel with a store-or-add branch is deoptimised and recompiled by C2 the first
 * time the other branch is taken, and the recompiled loop ran 20-30% slower.
 *
 * <p>Each tile shape is its own method with its accumulators in named locals, so that C2 keeps them
 * all in registers (6 x 4 = 24 accumulators, 4 B vectors and a broadcast fit the 32 vector
 * registers of AVX-512). The k loop always runs in ascending order and each accumulator sums one
 * element, so a tile's result does not depend on which thread computes it.
 */
final class VectorGemmMicro {

  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int L = S.length();

  /** Rows of the main tile. */
  static final int MR = 6;

  /** Vectors of the main tile. */
  static final int NV = 4;

  /** Columns of the main tile. */
  static final int NR = NV * L;

  private VectorGemmMicro() {}

  // The 6 x 4 tile is deliberately one long method: splitting it would spill accumulators.
  static void tile6x4(
      int kc,
      float[] a,
      int ai,
      int ars,
      int aks,
      float[] b,
      int bi,
      int bks,
      float[] c,
      int ci,
      int ldc) {
    FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
    FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
    FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
    FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
    FloatVector c40 = c00, c41 = c00, c42 = c00, c43 = c00;
    FloatVector c50 = c00, c51 = c00, c52 = c00, c53 = c00;
    for (int p = 0; p < kc; p++) {
      FloatVector b0 = FloatVector.fromArray(S, b, bi);
      FloatVector b1 = FloatVector.fromArray(S, b, bi + L);
      FloatVector b2 = FloatVector.fromArray(S, b, bi + 2 * L);
      FloatVector b3 = FloatVector.fromArray(S, b, bi + 3 * L);
      FloatVector x = FloatVector.broadcast(S, a[ai]);
      c00 = x.fma(b0, c00);
      c01 = x.fma(b1, c01);
      c02 = x.fma(b2, c02);
      c03 = x.fma(b3, c03);
      x = FloatVector.broadcast(S, a[ai + ars]);
      c10 = x.fma(b0, c10);
      c11 = x.fma(b1, c11);
      c12 = x.fma(b2, c12);
      c13 = x.fma(b3, c13);
      x = FloatVector.broadcast(S, a[ai + 2 * ars]);
      c20 = x.fma(b0, c20);
      c21 = x.fma(b1, c21);
      c22 = x.fma(b2, c22);
      c23 = x.fma(b3, c23);
      x = FloatVector.broadcast(S, a[ai + 3 * ars]);
      c30 = x.fma(b0, c30);
      c31 = x.fma(b1, c31);
      c32 = x.fma(b2, c32);
      c33 = x.fma(b3, c33);
      x = FloatVector.broadcast(S, a[ai + 4 * ars]);
      c40 = x.fma(b0, c40);
      c41 = x.fma(b1, c41);
      c42 = x.fma(b2, c42);
      c43 = x.fma(b3, c43);
      x = FloatVector.broadcast(S, a[ai + 5 * ars]);
      c50 = x.fma(b0, c50);
      c51 = x.fma(b1, c51);
      c52 = x.fma(b2, c52);
      c53 = x.fma(b3, c53);
      ai += aks;
      bi += bks;
    }
    // Stores written out here: vectors passed to a helper that C2 does not inline are boxed,
    // which costs more than the whole k loop.
    int r1 = ci + ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    int r4 = r3 + ldc;
    int r5 = r4 + ldc;
    c00.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
    c01.add(FloatVector.fromArray(S, c, ci + L)).intoArray(c, ci + L);
    c02.add(FloatVector.fromArray(S, c, ci + 2 * L)).intoArray(c, ci + 2 * L);
    c03.add(FloatVector.fromArray(S, c, ci + 3 * L)).intoArray(c, ci + 3 * L);
    c10.add(FloatVector.fromArray(S, c, r1)).intoArray(c, r1);
    c11.add(FloatVector.fromArray(S, c, r1 + L)).intoArray(c, r1 + L);
    c12.add(FloatVector.fromArray(S, c, r1 + 2 * L)).intoArray(c, r1 + 2 * L);
    c13.add(FloatVector.fromArray(S, c, r1 + 3 * L)).intoArray(c, r1 + 3 * L);
    c20.add(FloatVector.fromArray(S, c, r2)).intoArray(c, r2);
    c21.add(FloatVector.fromArray(S, c, r2 + L)).intoArray(c, r2 + L);
    c22.add(FloatVector.fromArray(S, c, r2 + 2 * L)).intoArray(c, r2 + 2 * L);
    c23.add(FloatVector.fromArray(S, c, r2 + 3 * L)).intoArray(c, r2 + 3 * L);
    c30.add(FloatVector.fromArray(S, c, r3)).intoArray(c, r3);
    c31.add(FloatVector.fromArray(S, c, r3 + L)).intoArray(c, r3 + L);
    c32.add(FloatVector.fromArray(S, c, r3 + 2 * L)).intoArray(c, r3 + 2 * L);
    c33.add(FloatVector.fromArray(S, c, r3 + 3 * L)).intoArray(c, r3 + 3 * L);
    c40.add(FloatVector.fromArray(S, c, r4)).intoArray(c, r4);
    c41.add(FloatVector.fromArray(S, c, r4 + L)).intoArray(c, r4 + L);
    c42.add(FloatVector.fromArray(S, c, r4 + 2 * L)).intoArray(c, r4 + 2 * L);
    c43.add(FloatVector.fromArray(S, c, r4 + 3 * L)).intoArray(c, r4 + 3 * L);
    c50.add(FloatVector.fromArray(S, c, r5)).intoArray(c, r5);
    c51.add(FloatVector.fromArray(S, c, r5 + L)).intoArray(c, r5 + L);
    c52.add(FloatVector.fromArray(S, c, r5 + 2 * L)).intoArray(c, r5 + 2 * L);
    c53.add(FloatVector.fromArray(S, c, r5 + 3 * L)).intoArray(c, r5 + 3 * L);
  }

  /** One row of four vectors: the row tails of a strip. */
  static void tile1x4(
      int kc, float[] a, int ai, int aks, float[] b, int bi, int bks, float[] c, int ci) {
    FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
    for (int p = 0; p < kc; p++) {
      FloatVector x = FloatVector.broadcast(S, a[ai]);
      c0 = x.fma(FloatVector.fromArray(S, b, bi), c0);
      c1 = x.fma(FloatVector.fromArray(S, b, bi + L), c1);
      c2 = x.fma(FloatVector.fromArray(S, b, bi + 2 * L), c2);
      c3 = x.fma(FloatVector.fromArray(S, b, bi + 3 * L), c3);
      ai += aks;
      bi += bks;
    }
    c0.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
    c1.add(FloatVector.fromArray(S, c, ci + L)).intoArray(c, ci + L);
    c2.add(FloatVector.fromArray(S, c, ci + 2 * L)).intoArray(c, ci + 2 * L);
    c3.add(FloatVector.fromArray(S, c, ci + 3 * L)).intoArray(c, ci + 3 * L);
  }

  /** Six rows of one vector: the column tails (strips narrower than {@link #NR}). */
  static void tile6x1(
      int kc,
      float[] a,
      int ai,
      int ars,
      int aks,
      float[] b,
      int bi,
      int bks,
      float[] c,
      int ci,
      int ldc) {
    FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    for (int p = 0; p < kc; p++) {
      FloatVector y = FloatVector.fromArray(S, b, bi);
      c0 = FloatVector.broadcast(S, a[ai]).fma(y, c0);
      c1 = FloatVector.broadcast(S, a[ai + ars]).fma(y, c1);
      c2 = FloatVector.broadcast(S, a[ai + 2 * ars]).fma(y, c2);
      c3 = FloatVector.broadcast(S, a[ai + 3 * ars]).fma(y, c3);
      c4 = FloatVector.broadcast(S, a[ai + 4 * ars]).fma(y, c4);
      c5 = FloatVector.broadcast(S, a[ai + 5 * ars]).fma(y, c5);
      ai += aks;
      bi += bks;
    }
    int r1 = ci + ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    int r4 = r3 + ldc;
    int r5 = r4 + ldc;
    c0.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
    c1.add(FloatVector.fromArray(S, c, r1)).intoArray(c, r1);
    c2.add(FloatVector.fromArray(S, c, r2)).intoArray(c, r2);
    c3.add(FloatVector.fromArray(S, c, r3)).intoArray(c, r3);
    c4.add(FloatVector.fromArray(S, c, r4)).intoArray(c, r4);
    c5.add(FloatVector.fromArray(S, c, r5)).intoArray(c, r5);
  }

  /** One row of one vector: the corner of row and column tails. */
  static void tile1x1(
      int kc, float[] a, int ai, int aks, float[] b, int bi, int bks, float[] c, int ci) {
    FloatVector c0 = FloatVector.zero(S);
    for (int p = 0; p < kc; p++) {
      c0 = FloatVector.broadcast(S, a[ai]).fma(FloatVector.fromArray(S, b, bi), c0);
      ai += aks;
      bi += bks;
    }
    c0.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
  }
}
