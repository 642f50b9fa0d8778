package io.fovea.losses;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Binary cross-entropy, Keras's {@code binary_crossentropy}, for sigmoid outputs (one or several
 * independent 0/1 targets per sample).
 *
 * <p>From probabilities {@code p = clip(yPred, eps, 1 - eps)} with {@code eps = 1e-7}: {@code
 * loss = mean(-(y log p + (1 - y) log(1 - p)))} over the last axis, then over the rows, i.e. over
 * all {@code N} elements; the gradient is zero where the clip is active. From logits {@code z}
 * (stable for any {@code |z|}): {@code loss = mean(max(z, 0) - z y + log(1 + exp(-|z|)))}, {@code
 * d loss / d z = (sigmoid(z) - y) / N}.
 *
 * <p>Shapes: {@code yPred [batch, ...]}; {@code yTrue} the same (a trailing axis of size 1 may be
 * missing, e.g. labels {@code [batch]} for predictions {@code [batch, 1]}).
 */
public final class BinaryCrossentropy implements Loss {

  /** Keras's {@code backend.epsilon()}. */
  static final double EPSILON = 1e-7;

  private final boolean fromLogits;

  /** The loss of probabilities (the model ends with a sigmoid). */
  public BinaryCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an
   * activation), as Keras's {@code BinaryCrossentropy(from_logits=True)}.
   */
  public BinaryCrossentropy(boolean fromLogits) {
    this.fromLogits = fromLogits;
  }

  /** Whether {@link #compute} takes logits. */
  public boolean fromLogits() {
    return fromLogits;
  }

  @Override
  public String name() {
    return "binary_crossentropy";
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkValues(name(), yTrue, yPred);
  }

  @Override
  public String logitsActivation() {
    return fromLogits ? null : "sigmoid";
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    if (fromLogits) {
      return computeFromLogits(yTrue, yPred, grad);
    }
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    float[] t = yTrue.data();
    float[] p = yPred.data();
    float[] g = grad.data();
    int to = yTrue.offset();
    int po = yPred.offset();
    int go = grad.offset();
    int n = yPred.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double y = t[to + i];
      double q = p[po + i];
      boolean clipped = !(q > EPSILON && q < 1 - EPSILON);
      q = Math.min(Math.max(q, EPSILON), 1 - EPSILON);
      sum -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
      g[go + i] = clipped ? 0f : (float) ((-y / q + (1 - y) / (1 - q)) / n);
    }
    return n == 0 ? 0 : sum / n;
  }

  @Override
  public double computeFromLogits(Tensor yTrue, Tensor logits, Tensor grad) {
    checkLabels(yTrue.shape(), logits.shape());
    LabelShapes.checkGradient(name(), grad, logits.shape());
    float[] t = yTrue.data();
    float[] z = logits.data();
    float[] g = grad.data();
    int to = yTrue.offset();
    int zo = logits.offset();
    int go = grad.offset();
    int n = logits.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double y = t[to + i];
      double x = z[zo + i];
      sum += Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x)));
      g[go + i] = (float) ((sigmoid(x) - y) / n);
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The logistic function, without overflow for large {@code |x|}. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  @Override
  public String toString() {
    return name();
  }
}
