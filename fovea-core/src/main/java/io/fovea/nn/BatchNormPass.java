package io.fovea.nn;

import io.fovea.tensor.BatchNormStatistics;
import io.fovea.tensor.Tensor;

/**
 * The passes of {@link BatchNormalization}: the arithmetic is {@link BatchNormStatistics}'s; this
 * keeps the input of the last forward pass (a reference) and the row buffers, reused while the
 * batch size stays the same.
 */
final class BatchNormPass {

  private final BatchNormStatistics statistics;
  private final Buffer output = new Buffer();
  private final Buffer normalized = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private Tensor input;

  BatchNormPass(int channels) {
    this.statistics = new BatchNormStatistics(channels);
  }

  /** Normalises with the batch's statistics and moves the moving statistics towards them. */
  Tensor forwardBatch(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance,
      float momentum) {
    Tensor y = output.of(x.shape());
    statistics.forwardBatch(x, gamma, beta, epsilon, movingMean, movingVariance, momentum, y);
    // A reference, not a copy: the previous layer keeps its output until its next forward.
    input = x;
    return y;
  }

  /** Normalises with the moving statistics. */
  Tensor forwardMoving(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance) {
    Tensor y = output.of(x.shape());
    statistics.forwardMoving(x, gamma, beta, epsilon, movingMean, movingVariance, y);
    input = x;
    return y;
  }

  /**
   * The input gradient from {@code dy}; adds to {@code dGamma} and {@code dBeta} (either may be
   * null when the layer has no such parameter).
   */
  Tensor backward(String where, Tensor dy, Tensor gamma, Tensor dGamma, Tensor dBeta) {
    if (input == null || !input.shape().equals(dy.shape())) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass on "
              + dy.shape()
              + " before backward, got "
              + (input == null ? "none" : input.shape()));
    }
    Tensor xhat = normalized.of(dy.shape());
    Tensor dx = inputGradient.of(dy.shape());
    return statistics.backward(input, dy, gamma, dGamma, dBeta, xhat, dx);
  }
}
