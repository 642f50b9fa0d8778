package io.fovea.tensor;

import io.fovea.kernel.Kernels;

/**
 * The reductions behind {@link Tensor#sum()}, {@link Tensor#max(int)}, {@link Tensor#argmax(int)}
 * and their neighbours.
 *
 * <p>A reduction over {@code axis} views the tensor as {@code [outer, n, inner]} (outer = the
 * product of the dims before the axis, inner = after it) and produces {@code [outer, inner]},
 * reshaped to the input shape without the axis (NumPy's {@code keepdims=False}). Sums are
 * accumulated in double.
 */
final class Reductions {

  /** What to compute along the axis. */
  enum Kind {
    SUM,
    MEAN,
    MAX,
    MIN,
    ARGMAX
  }

  private Reductions() {}

  static double sum(Tensor t) {
    return Kernels.get().sum(t.size(), t.data(), t.offset());
  }

  static float max(Tensor t) {
    requireNonEmpty("max", t);
    return reduce(Kind.MAX, t.data(), t.offset(), t.size(), 1);
  }

  static float min(Tensor t) {
    requireNonEmpty("min", t);
    return reduce(Kind.MIN, t.data(), t.offset(), t.size(), 1);
  }

  static Tensor along(String where, Kind kind, Tensor t, int axis) {
    Shape shape = t.shape();
    int a = shape.axis(where, axis);
    int n = shape.dim(a);
    if (n == 0 && kind != Kind.SUM) {
      throw new IllegalArgumentException(
          where + ": expected a non-empty axis " + a + ", got shape " + shape);
    }
    int inner = 1;
    for (int k = a + 1; k < shape.rank(); k++) {
      inner *= shape.dim(k);
    }
    Tensor out = Tensor.zeros(shape.without(a));
    int outer = inner == 0 ? 0 : out.size() / inner;
    float[] x = t.data();
    float[] y = out.data();
    for (int o = 0; o < outer; o++) {
      for (int i = 0; i < inner; i++) {
        int base = t.offset() + o * n * inner + i;
        y[o * inner + i] = reduce(kind, x, base, n, inner);
      }
    }
    return out;
  }

  /** One output: {@code n} values of {@code x} from {@code base}, {@code stride} apart. */
  private static float reduce(Kind kind, float[] x, int base, int n, int stride) {
    if (stride == 1 && kind != Kind.MIN && kind != Kind.ARGMAX) {
      // Contiguous: the kernels' vector loops (same results up to float rounding).
      Kernels k = Kernels.get();
      return kind == Kind.MAX
          ? k.max(n, x, base)
          : (float) (kind == Kind.MEAN ? k.sum(n, x, base) / n : k.sum(n, x, base));
    }
    switch (kind) {
      case SUM:
      case MEAN:
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += x[base + k * stride];
        }
        return (float) (kind == Kind.MEAN ? s / n : s);
      case MAX:
        float max = x[base];
        for (int k = 1; k < n; k++) {
          max = Math.max(max, x[base + k * stride]);
        }
        return max;
      case MIN:
        float min = x[base];
        for (int k = 1; k < n; k++) {
          min = Math.min(min, x[base + k * stride]);
        }
        return min;
      default:
        return argmax(x, base, n, stride);
    }
  }

  /** The first index of the largest value; a NaN counts as largest (NumPy). */
  static int argmax(float[] x, int base, int n, int stride) {
    int best = 0;
    float bestValue = x[base];
    for (int k = 1; k < n && !Float.isNaN(bestValue); k++) {
      float v = x[base + k * stride];
      if (v > bestValue || Float.isNaN(v)) {
        best = k;
        bestValue = v;
      }
    }
    return best;
  }

  private static void requireNonEmpty(String where, Tensor t) {
    if (t.size() == 0) {
      throw new IllegalArgumentException(
          where + ": expected a non-empty tensor, got shape " + t.shape());
    }
  }
}
