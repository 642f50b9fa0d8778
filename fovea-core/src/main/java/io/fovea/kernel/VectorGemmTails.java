package io.fovea.kernel;

import static io.fovea.kernel.VectorGemmMicro.L;
import static io.fovea.kernel.VectorGemmMicro.S;

import jdk.incubator.vector.FloatVector;

/**
 * Micro-kernels for the row tails of {@link VectorGemm} (tiles of fewer than {@code MR} rows), with
 * the operand addressing and store rules of {@link VectorGemmMicro}. A tail of r rows runs as 4 +
 * 1, 2 + 1, ... rows, so each row keeps enough independent accumulators to hide the FMA latency.
 */
final class VectorGemmTails {

  private VectorGemmTails() {}

  /** Four rows of four vectors. */
  static void tile4x4(
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
      ai += aks;
      bi += bks;
    }
    int r1 = ci + ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
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
  }

  /** Two rows of four vectors. */
  static void tile2x4(
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
      ai += aks;
      bi += bks;
    }
    int r1 = ci + ldc;
    c00.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
    c01.add(FloatVector.fromArray(S, c, ci + L)).intoArray(c, ci + L);
    c02.add(FloatVector.fromArray(S, c, ci + 2 * L)).intoArray(c, ci + 2 * L);
    c03.add(FloatVector.fromArray(S, c, ci + 3 * L)).intoArray(c, ci + 3 * L);
    c10.add(FloatVector.fromArray(S, c, r1)).intoArray(c, r1);
    c11.add(FloatVector.fromArray(S, c, r1 + L)).intoArray(c, r1 + L);
    c12.add(FloatVector.fromArray(S, c, r1 + 2 * L)).intoArray(c, r1 + 2 * L);
    c13.add(FloatVector.fromArray(S, c, r1 + 3 * L)).intoArray(c, r1 + 3 * L);
  }
}
