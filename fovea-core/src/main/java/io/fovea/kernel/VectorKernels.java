package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;

/**
 * The JDK Vector API kernels ({@link FloatVector#SPECIES_PREFERRED}). Overrides the scalar
 * kernels where SIMD pays; must agree with them within float rounding.
 *
 * <p>Loaded only by {@link KernelSelector}, by name, after checking that the incubator module is
 * present.
 */
final class VectorKernels extends ScalarKernels {

  VectorKernels() {}

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public int lanes() {
    return FloatVector.SPECIES_PREFERRED.length();
  }

  @Override
  public void gemm(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    VectorGemm.gemm(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }

  @Override
  public void gemmTN(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    VectorGemm.gemmTN(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }

  @Override
  public void gemmNT(int m, int n, int k, float[] a, int aOff, float[] b, int bOff, float[] c,
      int cOff, boolean accumulate) {
    VectorGemm.gemmNT(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }
}
