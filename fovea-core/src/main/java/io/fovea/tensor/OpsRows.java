package io.fovea.tensor;

/**
 * The bodies of {@link Ops}'s per-row queries on {@code [..., classes]} tensors (every axis but the
 * last is a row): the argmax (the one {@link Tensor#argmax} uses too), top-k membership, and
 * integer labels stored as floats.
 */
final class OpsRows {

  private OpsRows() {}

  static int argmax(Tensor t, int row) {
    int classes = checkRow("argmax", t, row);
    return Reductions.argmax(t.data(), t.offset() + row * classes, classes, 1);
  }

  static boolean inTopK(Tensor t, int row, int target, int k) {
    int classes = checkRow("inTopK", t, row);
    if (target < 0 || target >= classes) {
      throw new IllegalArgumentException(
          "inTopK: expected a target class in [0, " + classes + "), got " + target);
    }
    float[] a = t.data();
    int off = t.offset() + row * classes;
    float score = a[off + target];
    int larger = 0;
    for (int j = 0; j < classes; j++) {
      if (a[off + j] > score) {
        larger++;
      }
    }
    return larger < k;
  }

  /** Label {@code r} of {@code labels}, required to be a whole number in {@code [0, classes)}. */
  static int label(String op, Tensor labels, int r, int classes) {
    float v = labels.data()[labels.offset() + r];
    if (!(v >= 0 && v < classes && v == Math.rint(v))) {
      throw new IllegalArgumentException(
          op + ": expected integer labels in [0, " + classes + "), got " + v + " at index " + r);
    }
    return (int) v;
  }

  private static int checkRow(String op, Tensor t, int row) {
    OpsChecks.present(op, "a tensor", t);
    int classes = OpsChecks.lastAxis(t);
    int rows = OpsChecks.rows(t);
    if (classes == 0 || row < 0 || row >= rows) {
      throw new IllegalArgumentException(
          op
              + ": expected a row in [0, "
              + rows
              + ") of a non-empty last axis, got row "
              + row
              + " of "
              + t.shape());
    }
    return classes;
  }
}
