package io.fovea.kernel;

/** Plain-Java elementwise loops. (Skeleton: to be written.) */
final class ScalarElementwise {

  private ScalarElementwise() {}

  static void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    throw new UnsupportedOperationException("add");
  }

  static void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    throw new UnsupportedOperationException("sub");
  }

  static void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    throw new UnsupportedOperationException("mul");
  }

  static void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    throw new UnsupportedOperationException("div");
  }

  static void scaleShift(int n, float[] a, int aOff, float scale, float shift, float[] out,
      int outOff) {
    throw new UnsupportedOperationException("scaleShift");
  }

  static void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    throw new UnsupportedOperationException("axpy");
  }

  static double sum(int n, float[] x, int off) {
    throw new UnsupportedOperationException("sum");
  }

  static double dot(int n, float[] a, int aOff, float[] b, int bOff) {
    throw new UnsupportedOperationException("dot");
  }

  static float max(int n, float[] x, int off) {
    throw new UnsupportedOperationException("max");
  }
}
