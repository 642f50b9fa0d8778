package io.fovea.losses;

import io.fovea.tensor.Tensor;

/**
 * Mean absolute error, Keras's {@code mean_absolute_error} ({@code mae}).
 *
 * <p>{@code loss = mean_rows(mean_last_axis(|yPred - yTrue|))}, which is the mean over all {@code
 * N} elements; {@code d loss / d yPred = sign(yPred - yTrue) / N} (0 where they are equal, as
 * TensorFlow).
 *
 * <p>Shapes: {@code yPred [batch, ...]}; {@code yTrue} the same (a trailing axis of size 1 may be
 * missing on either side, as Keras allows).
 */
public final class MeanAbsoluteError extends ElementwiseLoss {

  @Override
  public String name() {
    return "mean_absolute_error";
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    return mean(yTrue, yPred, grad, (t, p) -> Math.abs(p - t), (t, p) -> Math.signum(p - t));
  }
}
