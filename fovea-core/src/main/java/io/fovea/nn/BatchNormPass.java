package io.fovea.nn;

import io.fovea.kernel.Kernels;
import io.fovea.tensor.Tensor;
import java.util.Arrays;

/**
 * The arithmetic of {@link BatchNormalization} over {@code rows} positions of {@code channels}
 * values (every axis but the last is a row): the forward pass with batch or moving statistics, and
 * the backward pass. Keeps the statistics the last forward pass used, per-channel arrays, and the
 * row buffers, reused while the batch size stays the same.
 *
 * <p>With {@code xhat = (x - mean) * invStd} and {@code a = gamma * invStd}: forward {@code y = x *
 * a + (beta - mean * a)}; backward {@code dgamma += sum(dy * xhat)}, {@code dbeta += sum(dy)}, and
 * {@code dx = a * (dy - mean(dy) - xhat * mean(dy * xhat))} with batch statistics (which depend on
 * {@code x}) or {@code dx = a * dy} with the moving ones (constants).
 */
final class BatchNormPass {

  private final int channels;
  private final float[] mean;
  private final float[] invStd;
  private final float[] scale;
  private final float[] shift;
  private final float[] sumDy;
  private final float[] sumDyXhat;
  private final Buffer output = new Buffer();
  private final Buffer normalized = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private final Buffer outputGradient = new Buffer();
  private Tensor input;
  private boolean batchStatistics;

  BatchNormPass(int channels) {
    this.channels = channels;
    this.mean = new float[channels];
    this.invStd = new float[channels];
    this.scale = new float[channels];
    this.shift = new float[channels];
    this.sumDy = new float[channels];
    this.sumDyXhat = new float[channels];
  }

  /** Normalises with the batch's statistics and moves the moving statistics towards them. */
  Tensor forwardBatch(
      Tensor x,
      float[] gamma,
      float[] beta,
      float epsilon,
      float[] movingMean,
      float[] movingVariance,
      float momentum) {
    float[] variance = sumDy; // free until backward
    Kernels.get().channelMeanVariance(rows(x), channels, x.data(), x.offset(), mean, variance);
    for (int c = 0; c < channels; c++) {
      invStd[c] = (float) (1 / Math.sqrt(variance[c] + (double) epsilon));
      movingMean[c] = movingMean[c] * momentum + mean[c] * (1 - momentum);
      movingVariance[c] = movingVariance[c] * momentum + variance[c] * (1 - momentum);
    }
    batchStatistics = true;
    return affine(x, gamma, beta);
  }

  /** Normalises with the moving statistics. */
  Tensor forwardMoving(
      Tensor x,
      float[] gamma,
      float[] beta,
      float epsilon,
      float[] movingMean,
      float[] movingVariance) {
    for (int c = 0; c < channels; c++) {
      mean[c] = movingMean[c];
      invStd[c] = (float) (1 / Math.sqrt(movingVariance[c] + (double) epsilon));
    }
    batchStatistics = false;
    return affine(x, gamma, beta);
  }

  private Tensor affine(Tensor x, float[] gamma, float[] beta) {
    for (int c = 0; c < channels; c++) {
      scale[c] = gamma == null ? invStd[c] : gamma[c] * invStd[c];
      shift[c] = (beta == null ? 0f : beta[c]) - mean[c] * scale[c];
    }
    Tensor y = output.of(x.shape());
    Kernels.get()
        .channelScaleShift(rows(x), channels, x.data(), x.offset(), scale, shift, y.data(), 0);
    // A reference, not a copy: the previous layer keeps its output until its next forward.
    input = x;
    return y;
  }

  /**
   * The input gradient from {@code dy}; adds to {@code dGamma} and {@code dBeta} (either may be
   * null when the layer has no such parameter).
   */
  Tensor backward(String where, Tensor dy, float[] gamma, float[] dGamma, float[] dBeta) {
    if (input == null || !input.shape().equals(dy.shape())) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass on "
              + dy.shape()
              + " before backward, got "
              + (input == null ? "none" : input.shape()));
    }
    Kernels k = Kernels.get();
    int rows = rows(dy);
    int n = dy.size();
    Tensor g = outputGradient.atOffsetZero(dy);
    Tensor xhat = normalized.of(dy.shape());
    Tensor dx = inputGradient.of(dy.shape());
    for (int c = 0; c < channels; c++) {
      shift[c] = -mean[c] * invStd[c];
    }
    k.channelScaleShift(
        rows, channels, input.data(), input.offset(), invStd, shift, xhat.data(), 0);
    k.mul(n, g.data(), 0, xhat.data(), 0, dx.data(), 0);
    Arrays.fill(sumDyXhat, 0f);
    Arrays.fill(sumDy, 0f);
    k.biasGradient(rows, channels, dx.data(), sumDyXhat);
    k.biasGradient(rows, channels, g.data(), sumDy);
    for (int c = 0; c < channels; c++) {
      scale[c] = gamma == null ? invStd[c] : gamma[c] * invStd[c];
      if (dGamma != null) {
        dGamma[c] += sumDyXhat[c];
      }
      if (dBeta != null) {
        dBeta[c] += sumDy[c];
      }
    }
    if (!batchStatistics) {
      k.channelScaleShift(rows, channels, g.data(), 0, scale, null, dx.data(), 0);
      return dx;
    }
    for (int c = 0; c < channels; c++) {
      sumDyXhat[c] /= rows;
      sumDy[c] /= rows;
    }
    // dx = a * (dy - (xhat * mean(dy * xhat) + mean(dy))), in three passes over the rows.
    k.channelScaleShift(rows, channels, xhat.data(), 0, sumDyXhat, sumDy, xhat.data(), 0);
    k.sub(n, g.data(), 0, xhat.data(), 0, dx.data(), 0);
    k.channelScaleShift(rows, channels, dx.data(), 0, scale, null, dx.data(), 0);
    return dx;
  }

  private int rows(Tensor t) {
    return t.size() / channels;
  }
}
