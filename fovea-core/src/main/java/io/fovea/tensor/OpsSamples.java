package io.fovea.tensor;

/**
 * The bodies of {@link Ops}'s copies along axis 0 (whole samples of a batch {@code [n, ...]}), for
 * gathering shuffled batches into a reused buffer and stacking batch outputs; they check the shapes
 * and indices and then copy whole samples with {@link System#arraycopy}.
 */
final class OpsSamples {

  private OpsSamples() {}

  static Tensor copy(Tensor src, int from, int count, Tensor dst, int dstFrom) {
    String op = "copySamples";
    int size = sampleSize(op, src, dst);
    if (count < 0) {
      throw new IllegalArgumentException(op + ": expected count >= 0, got " + count);
    }
    checkRange(op, "src", src, from, count);
    checkRange(op, "dst", dst, dstFrom, count);
    System.arraycopy(
        src.data(),
        src.offset() + from * size,
        dst.data(),
        dst.offset() + dstFrom * size,
        count * size);
    return dst;
  }

  static Tensor gather(Tensor src, int[] order, int from, int to, Tensor dst) {
    String op = "gatherSamples";
    int size = sampleSize(op, src, dst);
    OpsChecks.present(op, "an order", order);
    if (from < 0 || from > to || to > order.length) {
      throw new IndexOutOfBoundsException(
          op
              + ": expected 0 <= from <= to <= "
              + order.length
              + " (the order's length), got from="
              + from
              + ", to="
              + to);
    }
    if (dst.shape().dim(0) != to - from) {
      throw new ShapeMismatchException(op + " dst", src.shape().with(0, to - from), dst.shape());
    }
    int n = src.shape().dim(0);
    for (int i = from; i < to; i++) {
      if (order[i] < 0 || order[i] >= n) {
        throw new IndexOutOfBoundsException(
            op
                + ": expected sample indices in [0, "
                + n
                + ") for src "
                + src.shape()
                + ", got order["
                + i
                + "] = "
                + order[i]);
      }
      System.arraycopy(
          src.data(),
          src.offset() + order[i] * size,
          dst.data(),
          dst.offset() + (i - from) * size,
          size);
    }
    return dst;
  }

  /** The values per sample, after requiring both of rank >= 1 with equal per-sample shapes. */
  private static int sampleSize(String op, Tensor src, Tensor dst) {
    OpsChecks.rankAtLeastOne(op, "src", src);
    OpsChecks.rankAtLeastOne(op, "dst", dst);
    if (!sameSampleShape(src.shape(), dst.shape())) {
      throw new ShapeMismatchException(
          op + " dst",
          src.shape().with(0, dst.shape().dim(0)),
          dst.shape(),
          "The samples of src " + src.shape() + " must have dst's shape after axis 0");
    }
    return sampleSizeOf(src.shape());
  }

  private static int sampleSizeOf(Shape s) {
    int size = 1;
    for (int k = 1; k < s.rank(); k++) {
      size *= s.dim(k);
    }
    return size;
  }

  /** Compares the dims after axis 0 without allocating (this runs once per training batch). */
  private static boolean sameSampleShape(Shape a, Shape b) {
    if (a.rank() != b.rank()) {
      return false;
    }
    for (int k = 1; k < a.rank(); k++) {
      if (a.dim(k) != b.dim(k)) {
        return false;
      }
    }
    return true;
  }

  private static void checkRange(String op, String name, Tensor t, int from, int count) {
    int n = t.shape().dim(0);
    if (from < 0 || from > n - count) {
      throw new IndexOutOfBoundsException(
          op
              + ": expected "
              + count
              + " samples from "
              + name
              + " index "
              + from
              + " to fit in "
              + name
              + " "
              + t.shape()
              + " (0 <= "
              + (name.equals("src") ? "from" : "dstFrom")
              + " <= "
              + (n - count)
              + "), got "
              + from);
    }
  }
}
