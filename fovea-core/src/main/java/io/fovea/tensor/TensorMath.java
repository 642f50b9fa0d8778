package io.fovea.tensor;

import io.fovea.kernel.Kernels;

/**
 * The elementwise arithmetic, {@link Tensor#map}, clipping and matrix products behind {@link
 * Tensor}'s methods: shapes are checked here, the loops run in {@link Kernels}.
 */
final class TensorMath {

  /** The kernel behind a tensor-tensor operation. */
  enum Op {
    ADD,
    SUB,
    MUL,
    DIV
  }

  private TensorMath() {}

  /** {@code out = a op b}, elementwise; {@code out} may be {@code a}. */
  static Tensor binary(String where, Op op, Tensor a, Tensor b, Tensor out) {
    requireSameShape(where, a, b);
    a = unaliased(a, out);
    b = unaliased(b, out);
    Kernels k = Kernels.get();
    int n = a.size();
    float[] x = a.data();
    float[] y = b.data();
    float[] z = out.data();
    switch (op) {
      case ADD:
        k.add(n, x, a.offset(), y, b.offset(), z, out.offset());
        break;
      case SUB:
        k.sub(n, x, a.offset(), y, b.offset(), z, out.offset());
        break;
      case MUL:
        k.mul(n, x, a.offset(), y, b.offset(), z, out.offset());
        break;
      default:
        k.div(n, x, a.offset(), y, b.offset(), z, out.offset());
    }
    return out;
  }

  /**
   * {@code t}, or a copy of it when it overlaps {@code out} at a shifted position (two views of one
   * array): the kernels allow an input to be the output only element for element.
   */
  private static Tensor unaliased(Tensor t, Tensor out) {
    boolean shifted = t.data() == out.data() && t.offset() != out.offset();
    if (shifted && t.offset() < out.offset() + out.size() && out.offset() < t.offset() + t.size()) {
      return t.copy();
    }
    return t;
  }

  /** {@code out = a * scale + shift}; {@code out} may be {@code a}. */
  static Tensor scaleShift(Tensor a, float scale, float shift, Tensor out) {
    Kernels.get()
        .scaleShift(a.size(), a.data(), a.offset(), scale, shift, out.data(), out.offset());
    return out;
  }

  /** {@code out = f(a)} elementwise; {@code out} may be {@code a}. */
  static Tensor map(Tensor a, FloatUnaryOperator f, Tensor out) {
    if (f == null) {
      throw new IllegalArgumentException("map: expected a function, got null");
    }
    float[] x = a.data();
    float[] y = out.data();
    for (int i = 0; i < a.size(); i++) {
      y[out.offset() + i] = f.apply(x[a.offset() + i]);
    }
    return out;
  }

  /** {@code out = min(max(a, lo), hi)}; NaN stays NaN. */
  static Tensor clip(Tensor a, float lo, float hi, Tensor out) {
    if (!(lo <= hi)) {
      throw new IllegalArgumentException("clip: expected lo <= hi, got lo=" + lo + ", hi=" + hi);
    }
    return map(a, v -> v < lo ? lo : v > hi ? hi : v, out);
  }

  /** {@code [m, k] x [k, n] -> [m, n]}. */
  static Tensor matmul(Tensor a, Tensor b) {
    requireRank2("matmul", a);
    requireRank2("matmul", b);
    int m = a.shape().dim(0);
    int k = a.shape().dim(1);
    int n = b.shape().dim(1);
    if (b.shape().dim(0) != k) {
      throw new ShapeMismatchException(
          "matmul",
          Shape.of(k, n),
          b.shape(),
          "The right operand needs as many rows as the left " + a.shape() + " has columns");
    }
    Tensor c = Tensor.zeros(m, n);
    Kernels.get().gemm(m, n, k, a.data(), a.offset(), b.data(), b.offset(), c.data(), 0, false);
    return c;
  }

  /** {@code [m, n] -> [n, m]}, a copy. */
  static Tensor transpose(Tensor a) {
    requireRank2("transpose", a);
    int m = a.shape().dim(0);
    int n = a.shape().dim(1);
    Tensor t = Tensor.zeros(n, m);
    float[] x = a.data();
    float[] y = t.data();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        y[j * m + i] = x[a.offset() + i * n + j];
      }
    }
    return t;
  }

  /** Whether {@code |a - b| <= atol + rtol * |b|} everywhere (NumPy's isclose; NaN is never). */
  static boolean allClose(Tensor a, Tensor b, double rtol, double atol) {
    if (b == null) {
      throw new IllegalArgumentException("allClose: expected a tensor, got null");
    }
    if (!(rtol >= 0 && atol >= 0)) {
      throw new IllegalArgumentException(
          "allClose: expected rtol >= 0 and atol >= 0, got rtol=" + rtol + ", atol=" + atol);
    }
    if (!a.shape().equals(b.shape())) {
      return false;
    }
    float[] x = a.data();
    float[] y = b.data();
    for (int i = 0; i < a.size(); i++) {
      double u = x[a.offset() + i];
      double v = y[b.offset() + i];
      if (u != v && !(Math.abs(u - v) <= atol + rtol * Math.abs(v))) {
        return false; // u != v lets equal infinities pass, as in NumPy
      }
    }
    return true;
  }

  static void requireSameShape(String where, Tensor expected, Tensor actual) {
    if (actual == null) {
      throw new IllegalArgumentException(
          where + ": expected a tensor of shape " + expected.shape() + ", got null");
    }
    if (!expected.shape().equals(actual.shape())) {
      throw new ShapeMismatchException(where, expected.shape(), actual.shape());
    }
  }

  static void requireRank2(String where, Tensor t) {
    if (t == null) {
      throw new IllegalArgumentException(where + ": expected a tensor of rank 2, got null");
    }
    if (t.rank() != 2) {
      throw new IllegalArgumentException(
          where + ": expected a tensor of rank 2 [rows, cols], got shape " + t.shape());
    }
  }
}
