package io.fovea.metrics;

/** Per-row helpers for the classification metrics. */
final class Rows {

  private Rows() {}

  /** The index of the largest of {@code a[off .. off + n)}, the first one on ties (as NumPy). */
  static int argmax(float[] a, int off, int n) {
    int best = 0;
    for (int j = 1; j < n; j++) {
      if (a[off + j] > a[off + best]) {
        best = j;
      }
    }
    return best;
  }

  /**
   * Whether class {@code target} is among the {@code k} largest of the row: fewer than {@code k}
   * scores are strictly larger (ties at the boundary count as in, as TensorFlow's {@code
   * in_top_k}).
   */
  static boolean inTopK(float[] a, int off, int n, int target, int k) {
    float score = a[off + target];
    int larger = 0;
    for (int j = 0; j < n; j++) {
      if (a[off + j] > score) {
        larger++;
      }
    }
    return larger < k;
  }
}
