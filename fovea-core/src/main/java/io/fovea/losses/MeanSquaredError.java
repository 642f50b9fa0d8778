package io.fovea.losses;

import io.fovea.tensor.Tensor;

/**
 * Mean squared error, Keras's {@code mean_squared_error} ({@code mse}).
 *
 * <p>{@code loss = mean_rows(mean_last_axis((yPred - yTrue)^2))}, which is the mean over all {@code
 * N} elements; {@code d loss / d yPred = 2 (yPred - yTrue) / N}.
 *
 * <p>Shapes: {@code yPred [batch, ...]}; {@code yTrue} the same (a trailing axis of size 1 may be
 * missing on either side, as Keras allows).
 */
public final class MeanSquaredError extends ElementwiseLoss {

  @Override
  public String name() {
    return "mean_squared_error";
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    return mean(yTrue, yPred, grad, (t, p) -> (p - t) * (p - t), (t, p) -> 2 * (p - t));
  }
}
