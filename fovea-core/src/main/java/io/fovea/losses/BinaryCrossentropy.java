package io.fovea.losses;

import io.fovea.tensor.Tensor;

/**
 * Binary cross-entropy, Keras's {@code binary_crossentropy}, for sigmoid outputs (one or several
 * independent 0/1 targets per sample).
 *
 * <p>From probabilities {@code p = clip(yPred, eps, 1 - eps)} with {@code eps = 1e-7}: {@code loss
 * = mean(-(y log p + (1 - y) log(1 - p)))} over the last axis, then over the rows, i.e. over all
 * {@code N} elements; the gradient is zero where the clip is active. From logits {@code z} (stable
 * for any {@code |z|}): {@code loss = mean(max(z, 0) - z y + log(1 + exp(-|z|)))}, {@code d loss /
 * d z = (sigmoid(z) - y) / N}.
 *
 * <p>Shapes: {@code yPred [batch, ...]}; {@code yTrue} the same (a trailing axis of size 1 may be
 * missing, e.g. labels {@code [batch]} for predictions {@code [batch, 1]}).
 */
public final class BinaryCrossentropy extends ElementwiseLoss {

  /** Keras's {@code backend.epsilon()}. */
  static final double EPSILON = 1e-7;

  private final boolean fromLogits;

  /** The loss of probabilities (the model ends with a sigmoid). */
  public BinaryCrossentropy() {
    this(false);
  }

  /**
   * With {@code fromLogits}, {@link #compute} takes logits (the model ends without an activation),
   * as Keras's {@code BinaryCrossentropy(from_logits=True)}.
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
  public String logitsActivation() {
    return fromLogits ? null : "sigmoid";
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    if (fromLogits) {
      return computeFromLogits(yTrue, yPred, grad);
    }
    return mean(
        yTrue,
        yPred,
        grad,
        BinaryCrossentropy::ofProbability,
        BinaryCrossentropy::slopeOfProbability);
  }

  @Override
  public double computeFromLogits(Tensor yTrue, Tensor logits, Tensor grad) {
    return mean(
        yTrue,
        logits,
        grad,
        (y, x) -> Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x))),
        (y, x) -> sigmoid(x) - y);
  }

  private static double ofProbability(double y, double p) {
    double q = clip(p);
    return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
  }

  /** Zero where the clip is active, as Keras's gradient through {@code clip}. */
  private static double slopeOfProbability(double y, double p) {
    if (isClipped(p)) {
      return 0;
    }
    return -y / p + (1 - y) / (1 - p);
  }

  /** The logistic function, without overflow for large {@code |x|}. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }

  /** Whether {@code clip} changes {@code q}: there the gradient through it is zero. */
  private static boolean isClipped(double q) {
    return !(q > EPSILON && q < 1 - EPSILON);
  }

  /** {@code q} clipped to {@code [eps, 1 - eps]}, as Keras before a log. */
  private static double clip(double q) {
    return Math.min(Math.max(q, EPSILON), 1 - EPSILON);
  }
}
