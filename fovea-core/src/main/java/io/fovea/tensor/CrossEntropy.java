package io.fovea.tensor;

/**
 * The bodies of {@link Ops#categoricalCrossentropy} and {@link Ops#sparseCategoricalCrossentropy}:
 * the mean over rows of the cross-entropy of one row of class scores, each row's gradient scaled by
 * {@code 1 / rows}. Keras's arithmetic: probabilities are divided by their sum, then clipped to
 * {@code [eps, 1 - eps]} (no gradient through an active clip); logits go through a log-softmax
 * shifted by the row maximum, so no exponential overflows.
 */
final class CrossEntropy {

  private CrossEntropy() {}

  static double categorical(Tensor yTrue, Tensor yPred, boolean logits, double eps, Tensor grad) {
    String op = "categoricalCrossentropy";
    OpsChecks.present(op, "predictions", yPred);
    OpsChecks.shape(op, "labels", yPred.shape(), yTrue);
    OpsChecks.shape(op, "gradient", yPred.shape(), grad);
    int classes = OpsChecks.lastAxis(yPred);
    int rows = classes == 0 ? 0 : yPred.size() / classes;
    double scale = 1.0 / rows;
    double sum = 0;
    float[] y = yTrue.data();
    float[] p = yPred.data();
    float[] g = grad.data();
    for (int r = 0; r < rows; r++) {
      int off = r * classes;
      int yo = yTrue.offset() + off;
      int po = yPred.offset() + off;
      int go = grad.offset() + off;
      sum +=
          logits
              ? fromLogits(y, yo, p, po, g, go, classes, scale)
              : fromProbabilities(y, yo, p, po, g, go, classes, scale, eps);
    }
    return rows == 0 ? 0 : sum / rows;
  }

  static double sparse(Tensor labels, Tensor yPred, boolean logits, double eps, Tensor grad) {
    String op = "sparseCategoricalCrossentropy";
    OpsChecks.present(op, "predictions", yPred);
    OpsChecks.present(op, "labels", labels);
    OpsChecks.shape(op, "gradient", yPred.shape(), grad);
    int classes = OpsChecks.lastAxis(yPred);
    int rows = labels.size();
    if (rows * classes != yPred.size()) {
      throw new IllegalArgumentException(
          op
              + ": expected one label per row of "
              + yPred.shape()
              + ", got labels "
              + labels.shape());
    }
    double scale = 1.0 / rows;
    double sum = 0;
    float[] p = yPred.data();
    float[] g = grad.data();
    for (int r = 0; r < rows; r++) {
      int label = OpsRows.label(op, labels, r, classes);
      int po = yPred.offset() + r * classes;
      int go = grad.offset() + r * classes;
      sum +=
          logits
              ? fromLogits(label, p, po, g, go, classes, scale)
              : fromProbabilities(label, p, po, g, go, classes, scale, eps);
    }
    return rows == 0 ? 0 : sum / rows;
  }

  /**
   * {@code -sum_j y_j log(clip(p_j / S))} with {@code S = sum_j p_j}. With {@code g_j = -y_j / q_j}
   * (0 where clipped) and {@code q = p / S}, the gradient is {@code (g_k - sum_j g_j q_j) / S}.
   */
  static double fromProbabilities(
      float[] y,
      int yo,
      float[] p,
      int po,
      float[] g,
      int go,
      int classes,
      double scale,
      double eps) {
    double s = sum(p, po, classes);
    double loss = 0;
    double dot = 0;
    for (int j = 0; j < classes; j++) {
      double q = p[po + j] / s;
      double yj = y[yo + j];
      loss -= yj * Math.log(clip(q, eps));
      double gj = isClipped(q, eps) ? 0 : -yj / q;
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
      int label, float[] p, int po, float[] g, int go, int classes, double scale, double eps) {
    double s = sum(p, po, classes);
    double q = p[po + label] / s;
    double gk = isClipped(q, eps) ? 0 : -1 / q;
    double dot = gk * q;
    for (int j = 0; j < classes; j++) {
      g[go + j] = (float) (((j == label ? gk : 0) - dot) / s * scale);
    }
    return -Math.log(clip(q, eps));
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
  static boolean isClipped(double q, double eps) {
    return !(q > eps && q < 1 - eps);
  }

  /** {@code q} clipped to {@code [eps, 1 - eps]}, as Keras before a log. */
  static double clip(double q, double eps) {
    return Math.min(Math.max(q, eps), 1 - eps);
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
