package io.fovea.tensor;

import io.fovea.kernel.Kernels;

/**
 * The bodies of {@link Ops}'s matrix products, fused bias + activation, bias gradient and softmax:
 * shapes checked, then one kernel call each, in the order the layers made them before.
 */
final class OpsLinear {

  private OpsLinear() {}

  static Tensor matmul(Tensor a, Tensor b, Tensor out) {
    int k = product("matmul", a, b);
    int n = b.shape().dim(1);
    if (b.shape().dim(0) != k) {
      throw new ShapeMismatchException(
          "matmul right operand",
          Shape.of(k, n),
          b.shape(),
          "It needs as many rows as the left " + a.shape() + " has columns");
    }
    OpsChecks.shape("matmul", "output", a.shape().with(-1, n), out);
    int rows = k == 0 ? 0 : a.size() / k;
    Kernels.get()
        .gemm(
            rows,
            n,
            k,
            a.data(),
            a.offset(),
            b.data(),
            b.offset(),
            out.data(),
            out.offset(),
            false);
    return out;
  }

  static Tensor transposeA(Tensor a, Tensor b, Tensor out, boolean accumulate) {
    String op = "matmulTransposeA";
    int m = product(op, a, b);
    int n = OpsChecks.lastAxis(b);
    int rows = m == 0 ? 0 : a.size() / m;
    if (b.rank() < 1 || (n == 0 ? 0 : b.size() / n) != rows) {
      throw new ShapeMismatchException(
          op + " right operand",
          a.shape().with(-1, n),
          b.shape(),
          "Both operands need the same rows");
    }
    OpsChecks.shape(op, "output", Shape.of(m, n), out);
    Kernels.get()
        .gemmTN(
            m,
            n,
            rows,
            a.data(),
            a.offset(),
            b.data(),
            b.offset(),
            out.data(),
            out.offset(),
            accumulate);
    return out;
  }

  static Tensor transposeB(Tensor a, Tensor b, Tensor out, boolean accumulate) {
    String op = "matmulTransposeB";
    int k = product(op, a, b);
    int n = b.shape().dim(0);
    if (b.shape().dim(1) != k) {
      throw new ShapeMismatchException(
          op + " right operand",
          Shape.of(n, k),
          b.shape(),
          "It needs as many columns as the left " + a.shape() + " has");
    }
    OpsChecks.shape(op, "output", a.shape().with(-1, n), out);
    int rows = k == 0 ? 0 : a.size() / k;
    Kernels.get()
        .gemmNT(
            rows,
            n,
            k,
            a.data(),
            a.offset(),
            b.data(),
            b.offset(),
            out.data(),
            out.offset(),
            accumulate);
    return out;
  }

  /** Checks {@code a} of rank >= 1 and {@code b} of rank 2 (transposeA: >= 1); returns a's last. */
  private static int product(String op, Tensor a, Tensor b) {
    OpsChecks.present(op, "a left operand", a);
    OpsChecks.present(op, "a right operand", b);
    boolean bRank = op.equals("matmulTransposeA") ? b.rank() >= 1 : b.rank() == 2;
    if (a.rank() < 1 || !bRank) {
      throw new IllegalArgumentException(
          op
              + ": expected a left operand of rank >= 1 and a right one of rank "
              + (op.equals("matmulTransposeA") ? ">= 1" : "2")
              + ", got "
              + a.shape()
              + " and "
              + b.shape());
    }
    return a.shape().dim(-1);
  }

  static Tensor biasActivation(Tensor x, Tensor bias, FusedActivation act, Tensor y) {
    String op = "biasActivation";
    OpsChecks.present(op, "an input", x);
    OpsChecks.present(op, "an activation", act);
    OpsChecks.shape(op, "output", x.shape(), y);
    int cols = OpsChecks.lastAxis(x);
    if (bias != null) {
      OpsChecks.shape(op, "bias", Shape.of(cols), bias);
    }
    if (bias == null
        && act == FusedActivation.LINEAR
        && x.data() == y.data()
        && x.offset() == y.offset()) {
      return y; // nothing to add, nothing to map, already in place
    }
    Kernels.get()
        .biasActivation(
            OpsChecks.rows(x),
            cols,
            x.data(),
            x.offset(),
            OpsChecks.read(bias),
            act.kernel(),
            y.data(),
            y.offset());
    return y;
  }

  static Tensor activationBackward(FusedActivation act, Tensor y, Tensor dy, Tensor dx) {
    String op = "activationBackward";
    OpsChecks.present(op, "a forward output", y);
    OpsChecks.present(op, "an activation", act);
    OpsChecks.shape(op, "output gradient", y.shape(), dy);
    OpsChecks.shape(op, "input gradient", y.shape(), dx);
    float[] out = OpsChecks.open(dx);
    float[] in;
    if (dy.offset() == 0) {
      in = dy.data();
    } else if (out == dx.data() && dy.data() != dx.data()) {
      // The copy lands in dx itself: the kernel runs in place.
      System.arraycopy(dy.data(), dy.offset(), out, 0, dy.size());
      in = out;
    } else {
      in = dy.toArray();
    }
    Kernels.get().activationBackward(act.kernel(), y.size(), y.data(), y.offset(), in, out);
    OpsChecks.close(out, dx);
    return dx;
  }

  static Tensor biasGradient(Tensor dy, Tensor dBias) {
    OpsChecks.present("biasGradient", "an output gradient", dy);
    int cols = OpsChecks.lastAxis(dy);
    OpsChecks.shape("biasGradient", "bias gradient", Shape.of(cols), dBias);
    float[] acc = OpsChecks.open(dBias);
    Kernels.get().biasGradient(OpsChecks.rows(dy), cols, OpsChecks.read(dy), acc);
    OpsChecks.close(acc, dBias);
    return dBias;
  }

  static Tensor softmax(Tensor x, Tensor y) {
    OpsChecks.present("softmax", "an input", x);
    OpsChecks.shape("softmax", "output", x.shape(), y);
    int cols = OpsChecks.lastAxis(x);
    Kernels.get().softmax(OpsChecks.rows(x), cols, x.data(), x.offset(), y.data(), y.offset());
    return y;
  }

  static Tensor softmaxBackward(Tensor y, Tensor dy, Tensor dx) {
    OpsChecks.present("softmaxBackward", "a forward output", y);
    OpsChecks.shape("softmaxBackward", "output gradient", y.shape(), dy);
    OpsChecks.shape("softmaxBackward", "input gradient", y.shape(), dx);
    float[] out = dx.offset() == 0 ? dx.data() : new float[dx.size()];
    Kernels.get()
        .softmaxBackward(
            OpsChecks.rows(y), OpsChecks.lastAxis(y), OpsChecks.read(y), OpsChecks.read(dy), out);
    OpsChecks.close(out, dx);
    return dx;
  }
}
