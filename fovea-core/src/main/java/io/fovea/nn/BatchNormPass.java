package io.fovea.nn;

import io.fovea.tensor.BatchNormStatistics;
import io.fovea.tensor.Tensor;

/**
 * The passes of {@link BatchNormalization}: the arithmetic is {@link BatchNormStatistics}'s; this
 * keeps the input of the last forward pass (a reference) with the statistics it used, and the row
 * buffers, reused in training while the batch size stays the same.
 *
 * <p>Inference ({@link #forwardInference}) normalises with statistics and an output of its own, so
 * that threads may share the layer: it shares no buffer with another call. It leaves one immutable
 * record of its input and statistics, so that a gradient in inference mode (moving statistics) can
 * still be taken by a single caller; predictions never read it.
 */
final class BatchNormPass {

  /** What backward needs: the forward input and the statistics that normalised it. */
  private record Kept(Tensor input, BatchNormStatistics statistics) {}

  private final int channels;
  private final BatchNormStatistics statistics;
  private final Buffer output = new Buffer();
  private final Buffer normalized = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private Kept kept;

  BatchNormPass(int channels) {
    this.channels = channels;
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
    kept = new Kept(x, statistics);
    return y;
  }

  /** Normalises with the moving statistics in training mode (a frozen layer), reusing buffers. */
  Tensor forwardMoving(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance) {
    Tensor y = output.of(x.shape());
    statistics.forwardMoving(x, gamma, beta, epsilon, movingMean, movingVariance, y);
    kept = new Kept(x, statistics);
    return y;
  }

  /**
   * Normalises with the moving statistics into a fresh output, sharing nothing with other calls.
   */
  Tensor forwardInference(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance) {
    BatchNormStatistics own = new BatchNormStatistics(channels);
    Tensor y = Tensor.zeros(x.shape());
    own.forwardMoving(x, gamma, beta, epsilon, movingMean, movingVariance, y);
    kept = new Kept(x, own);
    return y;
  }

  /**
   * The input gradient from {@code dy}; adds to {@code dGamma} and {@code dBeta} (either may be
   * null when the layer has no such parameter).
   */
  Tensor backward(String where, Tensor dy, Tensor gamma, Tensor dGamma, Tensor dBeta) {
    Kept last = kept;
    if (last == null || !last.input().shape().equals(dy.shape())) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass on "
              + dy.shape()
              + " before backward, got "
              + (last == null ? "none" : last.input().shape()));
    }
    Tensor xhat = normalized.of(dy.shape());
    Tensor dx = inputGradient.of(dy.shape());
    return last.statistics().backward(last.input(), dy, gamma, dGamma, dBeta, xhat, dx);
  }
}
