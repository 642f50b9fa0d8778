package io.fovea.tensor;

/**
 * The shape checks behind {@link Ops}, and the bridge to kernels that take an array from index 0:
 * buffers owned by layers start at 0, so the copies happen only for views a caller passes in.
 */
final class OpsChecks {

  private OpsChecks() {}

  /** Requires a non-null argument. */
  static <T> T present(String op, String what, T t) {
    if (t == null) {
      throw new IllegalArgumentException(op + ": expected " + what + ", got null");
    }
    return t;
  }

  /** Requires {@code t} to have exactly {@code expected}. */
  static void shape(String op, String what, Shape expected, Tensor t) {
    present(op, what + " of shape " + expected, t);
    if (!t.shape().equals(expected)) {
      throw new ShapeMismatchException(op + " " + what, expected, t.shape());
    }
  }

  /** Requires {@code t} to hold as many values as {@code a} (the shapes may differ). */
  static void sameSize(String op, String what, Tensor a, Tensor t) {
    present(op, what + " of " + a.size() + " values", t);
    if (t.size() != a.size()) {
      throw new IllegalArgumentException(
          op
              + ": expected "
              + what
              + " of "
              + a.size()
              + " values (as "
              + a.shape()
              + "), got "
              + t.shape());
    }
  }

  /** Requires {@code t} of rank {@code rank}; {@code layout} names the axes for the message. */
  static void rank(String op, String what, int rank, String layout, Tensor t) {
    present(op, what + " of rank " + rank, t);
    if (t.rank() != rank) {
      throw new IllegalArgumentException(
          op
              + ": expected "
              + what
              + " of rank "
              + rank
              + " "
              + layout
              + ", got shape "
              + t.shape());
    }
  }

  /** Requires {@code t} of rank >= 1, a batch {@code [samples, ...]}. */
  static void rankAtLeastOne(String op, String name, Tensor t) {
    // No message built on the way through: this runs once per training batch.
    if (t == null || t.rank() == 0) {
      throw new IllegalArgumentException(
          op
              + ": expected "
              + name
              + " of rank >= 1 [samples, ...], got "
              + (t == null ? "null" : "shape " + t.shape()));
    }
  }

  /** The last axis of {@code t} (1 for a rank-0 tensor). */
  static int lastAxis(Tensor t) {
    return t.rank() == 0 ? 1 : t.shape().dim(-1);
  }

  /** The number of rows when the last axis is the row. */
  static int rows(Tensor t) {
    int cols = lastAxis(t);
    return cols == 0 ? 0 : t.size() / cols;
  }

  /** The values of {@code t} in an array starting at 0 (read): its own array, or a copy. */
  static float[] read(Tensor t) {
    return t == null ? null : t.offset() == 0 ? t.data() : t.toArray();
  }

  /**
   * An array from index 0 holding the current values of {@code t}, to be written or accumulated
   * into and then handed to {@link #close}: its own array, or a copy.
   */
  static float[] open(Tensor t) {
    return t == null ? null : t.offset() == 0 ? t.data() : t.toArray();
  }

  /** Copies {@code values} into {@code t} unless they already are its array. */
  static void close(float[] values, Tensor t) {
    if (t != null && values != t.data()) {
      System.arraycopy(values, 0, t.data(), t.offset(), t.size());
    }
  }
}
