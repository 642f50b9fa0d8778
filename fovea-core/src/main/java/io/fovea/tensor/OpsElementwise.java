package io.fovea.tensor;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The bodies of {@link Ops}'s elementwise maps and pair sums (plain loops in double, rounded to
 * float once), copies and zero padding of images.
 */
final class OpsElementwise {

  private OpsElementwise() {}

  static Tensor map(Tensor x, DoubleUnaryOperator f, Tensor y) {
    OpsChecks.present("map", "a function", f);
    OpsChecks.present("map", "an input", x);
    OpsChecks.shape("map", "output", x.shape(), y);
    float[] in = x.data();
    float[] out = y.data();
    int xo = x.offset();
    int yo = y.offset();
    for (int i = 0, n = x.size(); i < n; i++) {
      out[yo + i] = (float) f.applyAsDouble(in[xo + i]);
    }
    return y;
  }

  static Tensor mapPairs(Tensor a, Tensor b, DoubleBinaryOperator f, Tensor out) {
    OpsChecks.present("mapPairs", "a function", f);
    OpsChecks.present("mapPairs", "a first operand", a);
    OpsChecks.sameSize("mapPairs", "a second operand", a, b);
    OpsChecks.sameSize("mapPairs", "an output", a, out);
    float[] x = a.data();
    float[] y = b.data();
    float[] z = out.data();
    for (int i = 0, n = a.size(); i < n; i++) {
      z[out.offset() + i] = (float) f.applyAsDouble(x[a.offset() + i], y[b.offset() + i]);
    }
    return out;
  }

  static double sumOfPairs(Tensor a, Tensor b, DoubleBinaryOperator f) {
    OpsChecks.present("sumOfPairs", "a function", f);
    OpsChecks.present("sumOfPairs", "a first operand", a);
    OpsChecks.sameSize("sumOfPairs", "a second operand", a, b);
    float[] x = a.data();
    float[] y = b.data();
    double sum = 0;
    for (int i = 0, n = a.size(); i < n; i++) {
      sum += f.applyAsDouble(x[a.offset() + i], y[b.offset() + i]);
    }
    return sum;
  }

  static Tensor scaleByDerivative(
      Tensor x, Tensor y, Tensor dy, DoubleBinaryOperator derivative, Tensor dx) {
    String op = "scaleByDerivative";
    OpsChecks.present(op, "a derivative", derivative);
    OpsChecks.present(op, "a forward output", y);
    if (x != null) {
      OpsChecks.shape(op, "forward input", y.shape(), x);
    }
    OpsChecks.shape(op, "output gradient", y.shape(), dy);
    OpsChecks.shape(op, "input gradient", y.shape(), dx);
    float[] in = x == null ? null : x.data();
    float[] out = y.data();
    float[] g = dy.data();
    float[] d = dx.data();
    for (int i = 0, n = y.size(); i < n; i++) {
      double xi = in == null ? Double.NaN : in[x.offset() + i];
      double slope = derivative.applyAsDouble(xi, out[y.offset() + i]);
      d[dx.offset() + i] = (float) (g[dy.offset() + i] * slope);
    }
    return dx;
  }

  static Tensor copy(Tensor from, Tensor to) {
    OpsChecks.present("copy", "a source", from);
    OpsChecks.shape("copy", "destination", from.shape(), to);
    System.arraycopy(from.data(), from.offset(), to.data(), to.offset(), to.size());
    return to;
  }

  /**
   * Copies each image row between the small {@code [b, h, w, c]} and the padded layout, whose
   * interior starts {@code top} rows and {@code left} columns in: into the padded one ({@code pad},
   * the border set to zero) or back out of it.
   */
  static Tensor padOrCrop(String op, Tensor src, int top, int left, Tensor dst, boolean pad) {
    OpsChecks.rank(op, "an input", 4, "[batch, height, width, channels]", src);
    OpsChecks.rank(op, "an output", 4, "[batch, height, width, channels]", dst);
    Shape small = pad ? src.shape() : dst.shape();
    Shape big = pad ? dst.shape() : src.shape();
    if (top < 0
        || left < 0
        || small.dim(0) != big.dim(0)
        || small.dim(3) != big.dim(3)
        || small.dim(1) + top > big.dim(1)
        || small.dim(2) + left > big.dim(2)) {
      throw new IllegalArgumentException(
          op
              + ": expected an image "
              + small
              + " to fit in "
              + big
              + " from row "
              + top
              + ", column "
              + left
              + ", got it outside");
    }
    if (pad) {
      dst.fill(0f);
    }
    int h = small.dim(1);
    int rowLength = small.dim(2) * small.dim(3);
    int bigImage = big.size() / Math.max(1, big.dim(0));
    int bigRow = big.dim(2) * big.dim(3);
    int shift = top * bigRow + left * big.dim(3);
    for (int b = 0; b < small.dim(0); b++) {
      for (int r = 0; r < h; r++) {
        int smallAt = (b * h + r) * rowLength;
        int bigAt = b * bigImage + shift + r * bigRow;
        if (pad) {
          System.arraycopy(
              src.data(), src.offset() + smallAt, dst.data(), dst.offset() + bigAt, rowLength);
        } else {
          System.arraycopy(
              src.data(), src.offset() + bigAt, dst.data(), dst.offset() + smallAt, rowLength);
        }
      }
    }
    return dst;
  }
}
