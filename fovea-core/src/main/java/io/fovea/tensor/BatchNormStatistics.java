package io.fovea.tensor;

import io.fovea.kernel.Kernels;
import java.util.Arrays;

/**
 * The per-channel arithmetic of a batch normalisation over {@code rows} positions of {@code
 * channels} values (every axis but the last is a row), keeping the statistics the last forward pass
 * used for the backward pass.
 *
 * <p>With {@code xhat = (x - mean) * invStd} and {@code a = gamma * invStd}: forward {@code y = x *
 * a + (beta - mean * a)}; backward {@code dgamma += sum(dy * xhat)}, {@code dbeta += sum(dy)}, and
 * {@code dx = a * (dy - mean(dy) - xhat * mean(dy * xhat))} with batch statistics (which depend on
 * {@code x}) or {@code dx = a * dy} with the moving ones (constants). Shapes: {@code x, y, dy, dx}
 * {@code [..., channels]}; {@code gamma, beta, moving*} {@code [channels]} (gamma and beta may be
 * null). Reference: Ioffe and Szegedy, Batch Normalization (2015).
 */
public final class BatchNormStatistics {

  private final int channels;
  private final float[] mean;
  private final float[] invStd;
  private final float[] scale;
  private final float[] shift;
  private final float[] sumDy;
  private final float[] sumDyXhat;
  private boolean batchStatistics;

  /** Statistics for {@code channels >= 1} channels. */
  public BatchNormStatistics(int channels) {
    if (channels < 1) {
      throw new IllegalArgumentException(
          "BatchNormStatistics: expected channels >= 1, got " + channels);
    }
    this.channels = channels;
    this.mean = new float[channels];
    this.invStd = new float[channels];
    this.scale = new float[channels];
    this.shift = new float[channels];
    this.sumDy = new float[channels];
    this.sumDyXhat = new float[channels];
  }

  /** Normalises {@code x} into {@code y} with the batch's statistics; moves the moving ones. */
  public Tensor forwardBatch(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance,
      float momentum,
      Tensor y) {
    check("forwardBatch", x, gamma, beta, movingMean, movingVariance, y);
    float[] variance = sumDy; // free until backward
    Kernels.get().channelMeanVariance(rows(x), channels, x.data(), x.offset(), mean, variance);
    float[] mm = OpsChecks.open(movingMean);
    float[] mv = OpsChecks.open(movingVariance);
    for (int c = 0; c < channels; c++) {
      invStd[c] = (float) (1 / Math.sqrt(variance[c] + (double) epsilon));
      mm[c] = mm[c] * momentum + mean[c] * (1 - momentum);
      mv[c] = mv[c] * momentum + variance[c] * (1 - momentum);
    }
    OpsChecks.close(mm, movingMean);
    OpsChecks.close(mv, movingVariance);
    batchStatistics = true;
    return affine(x, gamma, beta, y);
  }

  /** Normalises {@code x} into {@code y} with the moving statistics. */
  public Tensor forwardMoving(
      Tensor x,
      Tensor gamma,
      Tensor beta,
      float epsilon,
      Tensor movingMean,
      Tensor movingVariance,
      Tensor y) {
    check("forwardMoving", x, gamma, beta, movingMean, movingVariance, y);
    float[] mm = OpsChecks.read(movingMean);
    float[] mv = OpsChecks.read(movingVariance);
    for (int c = 0; c < channels; c++) {
      mean[c] = mm[c];
      invStd[c] = (float) (1 / Math.sqrt(mv[c] + (double) epsilon));
    }
    batchStatistics = false;
    return affine(x, gamma, beta, y);
  }

  private Tensor affine(Tensor x, Tensor gammaT, Tensor betaT, Tensor y) {
    float[] gamma = OpsChecks.read(gammaT);
    float[] beta = OpsChecks.read(betaT);
    for (int c = 0; c < channels; c++) {
      scale[c] = gamma == null ? invStd[c] : gamma[c] * invStd[c];
      shift[c] = (beta == null ? 0f : beta[c]) - mean[c] * scale[c];
    }
    Kernels.get()
        .channelScaleShift(
            rows(x), channels, x.data(), x.offset(), scale, shift, y.data(), y.offset());
    return y;
  }

  /**
   * Writes the input gradient {@code dx} from {@code dy} for the forward input {@code x}; adds to
   * {@code dGamma} and {@code dBeta} (either may be null); {@code work} is scratch of x's shape.
   */
  public Tensor backward(
      Tensor x, Tensor dy, Tensor gammaT, Tensor dGammaT, Tensor dBetaT, Tensor work, Tensor dx) {
    check("backward", x, gammaT, dGammaT, dBetaT, null, dy);
    OpsChecks.shape("BatchNormStatistics.backward", "work", x.shape(), work);
    OpsChecks.shape("BatchNormStatistics.backward", "input gradient", x.shape(), dx);
    Kernels k = Kernels.get();
    int rows = rows(dy);
    int n = dy.size();
    float[] g = OpsChecks.read(dy);
    float[] xhat = OpsChecks.open(work);
    float[] d = OpsChecks.open(dx);
    for (int c = 0; c < channels; c++) {
      shift[c] = -mean[c] * invStd[c];
    }
    k.channelScaleShift(rows, channels, x.data(), x.offset(), invStd, shift, xhat, 0);
    k.mul(n, g, 0, xhat, 0, d, 0);
    Arrays.fill(sumDyXhat, 0f);
    Arrays.fill(sumDy, 0f);
    k.biasGradient(rows, channels, d, sumDyXhat);
    k.biasGradient(rows, channels, g, sumDy);
    addStatistics(OpsChecks.read(gammaT), dGammaT, dBetaT);
    if (!batchStatistics) {
      k.channelScaleShift(rows, channels, g, 0, scale, null, d, 0);
    } else {
      for (int c = 0; c < channels; c++) {
        sumDyXhat[c] /= rows;
        sumDy[c] /= rows;
      }
      // dx = a * (dy - (xhat * mean(dy * xhat) + mean(dy))), in three passes over the rows.
      k.channelScaleShift(rows, channels, xhat, 0, sumDyXhat, sumDy, xhat, 0);
      k.sub(n, g, 0, xhat, 0, d, 0);
      k.channelScaleShift(rows, channels, d, 0, scale, null, d, 0);
    }
    OpsChecks.close(xhat, work);
    OpsChecks.close(d, dx);
    return dx;
  }

  private void addStatistics(float[] gamma, Tensor dGammaT, Tensor dBetaT) {
    float[] dGamma = OpsChecks.open(dGammaT);
    float[] dBeta = OpsChecks.open(dBetaT);
    for (int c = 0; c < channels; c++) {
      scale[c] = gamma == null ? invStd[c] : gamma[c] * invStd[c];
      if (dGamma != null) {
        dGamma[c] += sumDyXhat[c];
      }
      if (dBeta != null) {
        dBeta[c] += sumDy[c];
      }
    }
    OpsChecks.close(dGamma, dGammaT);
    OpsChecks.close(dBeta, dBetaT);
  }

  private void check(String op, Tensor x, Tensor a, Tensor b, Tensor c, Tensor d, Tensor y) {
    String where = "BatchNormStatistics." + op;
    OpsChecks.present(where, "an input", x);
    if (OpsChecks.lastAxis(x) != channels) {
      throw new ShapeMismatchException(
          where + " input", x.shape().with(-1, channels), x.shape(), "The last axis is channels");
    }
    Shape perChannel = Shape.of(channels);
    for (Tensor t : new Tensor[] {a, b, c, d}) {
      if (t != null) {
        OpsChecks.shape(where, "per-channel tensor", perChannel, t);
      }
    }
    OpsChecks.shape(where, "output", x.shape(), y);
  }

  private int rows(Tensor t) {
    return t.size() / channels;
  }
}
