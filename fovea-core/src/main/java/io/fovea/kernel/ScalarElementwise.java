package io.fovea.kernel;

/**
 * Plain-Java elementwise loops and reductions; see {@link Kernels#add} and its neighbours.
 *
 * <p>The specification the vector loops must agree with: one pass in index order, reductions
 * accumulated in double.
 */
final class ScalarElementwise {

  private ScalarElementwise() {}

  static void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = a[aOff + i] + b[bOff + i];
    }
  }

  static void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = a[aOff + i] - b[bOff + i];
    }
  }

  static void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = a[aOff + i] * b[bOff + i];
    }
  }

  static void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = a[aOff + i] / b[bOff + i];
    }
  }

  static void scaleShift(
      int n, float[] a, int aOff, float scale, float shift, float[] out, int outOff) {
    for (int i = 0; i < n; i++) {
      out[outOff + i] = a[aOff + i] * scale + shift;
    }
  }

  static void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    for (int i = 0; i < n; i++) {
      y[yOff + i] += alpha * x[xOff + i];
    }
  }

  static double sum(int n, float[] x, int off) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += x[off + i];
    }
    return s;
  }

  static double dot(int n, float[] a, int aOff, float[] b, int bOff) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (double) a[aOff + i] * b[bOff + i];
    }
    return s;
  }

  static float max(int n, float[] x, int off) {
    assert n >= 1;
    float m = x[off];
    for (int i = 1; i < n; i++) {
      m = Math.max(m, x[off + i]);
    }
    return m;
  }
}
