package io.fovea.losses;

/**
 * Cross-entropy of one row of class scores, with its gradient scaled by {@code scale} (the {@code 1
 * / rows} of the batch mean). Keras's arithmetic: probabilities are divided by their sum, then
 * clipped to {@code [eps, 1 - eps]} (no gradient through an active clip); logits go through a
 * log-softmax shifted by the row maximum, so no exponential overflows.
 */
final class CrossEntropyRows {

  private static final double EPSILON = BinaryCrossentropy.EPSILON;

  private CrossEntropyRows() {}

  /**
   * {@code -sum_j y_j log(clip(p_j / S))} with {@code S = sum_j p_j}. With {@code g_j = -y_j / q_j}
   * (0 where clipped) and {@code q = p / S}, the gradient is {@code (g_k - sum_j g_j q_j) / S}.
   */
  static double fromProbabilities(
      float[] y, int yo, float[] p, int po, float[] g, int go, int classes, double scale) {
    double s = sum(p, po, classes);
    double loss = 0;
    double dot = 0;
    for (int j = 0; j < classes; j++) {
      double q = p[po + j] / s;
      double yj = y[yo + j];
      loss -= yj * Math.log(clip(q));
      double gj = isClipped(q) ? 0 : -yj / q;
      g[go + j] = (float) gj;
      dot += gj * q;
    }
    for (int j = 0; j < classes; j++) {
      g[go + j] = (float) ((g[go + j] - dot) / s * scale);
    }
    return loss;
  }

  /** {@link #fromProbabilities} for the one-hot row of class {@code label}. */
  static double fromProbabilities(
      int label, float[] p, int po, float[] g, int go, int classes, double scale) {
    double s = sum(p, po, classes);
    double q = p[po + label] / s;
    double gk = isClipped(q) ? 0 : -1 / q;
    double dot = gk * q;
    for (int j = 0; j < classes; j++) {
      g[go + j] = (float) (((j == label ? gk : 0) - dot) / s * scale);
    }
    return -Math.log(clip(q));
  }

  /**
   * {@code sum_j y_j (lse - z_j)} with {@code lse = log sum_j exp(z_j)}; the gradient is {@code
   * softmax(z)_k sum_j y_j - y_k} ({@code softmax - y} for one-hot rows).
   */
  static double fromLogits(
      float[] y, int yo, float[] z, int zo, float[] g, int go, int classes, double scale) {
    double max = max(z, zo, classes);
    double sumExp = 0;
    for (int j = 0; j < classes; j++) {
      sumExp += Math.exp(z[zo + j] - max);
    }
    double lse = max + Math.log(sumExp);
    double sumY = 0;
    double loss = 0;
    for (int j = 0; j < classes; j++) {
      double yj = y[yo + j];
      sumY += yj;
      loss += yj * (lse - z[zo + j]);
    }
    for (int j = 0; j < classes; j++) {
      double softmax = Math.exp(z[zo + j] - lse);
      g[go + j] = (float) ((softmax * sumY - y[yo + j]) * scale);
    }
    return loss;
  }

  /** {@link #fromLogits} for the one-hot row of class {@code label}. */
  static double fromLogits(
      int label, float[] z, int zo, float[] g, int go, int classes, double scale) {
    double max = max(z, zo, classes);
    double sumExp = 0;
    for (int j = 0; j < classes; j++) {
      sumExp += Math.exp(z[zo + j] - max);
    }
    double lse = max + Math.log(sumExp);
    for (int j = 0; j < classes; j++) {
      double softmax = Math.exp(z[zo + j] - lse);
      g[go + j] = (float) ((softmax - (j == label ? 1 : 0)) * scale);
    }
    return lse - z[zo + label];
  }

  /** Whether {@code clip} changes {@code q}: there the gradient through it is zero. */
  static boolean isClipped(double q) {
    return !(q > EPSILON && q < 1 - EPSILON);
  }

  /** {@code q} clipped to {@code [eps, 1 - eps]}, as Keras before a log. */
  static double clip(double q) {
    return Math.min(Math.max(q, EPSILON), 1 - EPSILON);
  }

  private static double sum(float[] a, int off, int n) {
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += a[off + j];
    }
    return s;
  }

  private static double max(float[] a, int off, int n) {
    double m = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      m = Math.max(m, a[off + j]);
    }
    return m;
  }
}
