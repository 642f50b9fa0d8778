package io.fovea.tensor;

import io.fovea.kernel.KernelSelector;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Parallel;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The one door to the kernels: shape-checked operations on tensors that write into an output the
 * caller passes (so a steady training step allocates nothing) and run on the kernels chosen at
 * start-up ({@link #backend()}).
 *
 * <p>Conventions: a "row" is everything but the last axis ({@code [batch, ..., features]} is {@code
 * batch * ... } rows of {@code features}); images are channels-last {@code [batch, height, width,
 * channels]}; convolution kernels are Keras's {@code [kh, kw, in, out]}. An output may be the input
 * only where the method says so. Wrong shapes throw {@link ShapeMismatchException} (or {@link
 * IllegalArgumentException} for a wrong rank) naming the operation and both shapes. Results are the
 * kernels' own: the same calls in the same order as the layers made them, bit for bit.
 */
public final class Ops {

  private Ops() {}

  /** The kernels in use, their SIMD width, why they were chosen, and the thread count. */
  public static Backend backend() {
    Kernels k = Kernels.get();
    return new Backend(k.name(), k.lanes(), KernelSelector.reason(), Parallel.threads());
  }

  // ---------------------------------------------------------------- matrix products

  /** {@code out = a · b}: {@code a [..., k]} (rows), {@code b [k, n]}, {@code out [..., n]}. */
  public static Tensor matmul(Tensor a, Tensor b, Tensor out) {
    return OpsLinear.matmul(a, b, out);
  }

  /**
   * {@code out (+)= a^T · b} over the rows both share: {@code a [..., m]}, {@code b [..., n]},
   * {@code out [m, n]} (a weight gradient {@code x^T · dy}; {@code accumulate} adds to it).
   */
  public static Tensor matmulTransposeA(Tensor a, Tensor b, Tensor out, boolean accumulate) {
    return OpsLinear.transposeA(a, b, out, accumulate);
  }

  /**
   * {@code out (+)= a · b^T}: {@code a [..., k]}, {@code b [n, k]}, {@code out [..., n]} (an input
   * gradient {@code dy · W^T}).
   */
  public static Tensor matmulTransposeB(Tensor a, Tensor b, Tensor out, boolean accumulate) {
    return OpsLinear.transposeB(a, b, out, accumulate);
  }

  // ---------------------------------------------------------------- activations

  /**
   * {@code y = act(x + bias)}, the bias {@code [cols]} (or null) added to every row of {@code x
   * [..., cols]}; {@code y} has x's shape and may be {@code x}.
   */
  public static Tensor biasActivation(Tensor x, Tensor bias, FusedActivation act, Tensor y) {
    return OpsLinear.biasActivation(x, bias, act, y);
  }

  /** {@code dx = dy * act'(y)} from the forward output {@code y}; {@code dx} may be {@code dy}. */
  public static Tensor activationBackward(FusedActivation act, Tensor y, Tensor dy, Tensor dx) {
    return OpsLinear.activationBackward(act, y, dy, dx);
  }

  /** {@code dBias += sum over rows of dy}: {@code dy [..., cols]}, {@code dBias [cols]}. */
  public static Tensor biasGradient(Tensor dy, Tensor dBias) {
    return OpsLinear.biasGradient(dy, dBias);
  }

  /** Softmax along the last axis, {@code y = exp(x - max) / sum(exp(x - max))}; y may be x. */
  public static Tensor softmax(Tensor x, Tensor y) {
    return OpsLinear.softmax(x, y);
  }

  /** {@code dx = y * (dy - sum(dy * y))} per row, from the softmax output {@code y}. */
  public static Tensor softmaxBackward(Tensor y, Tensor dy, Tensor dx) {
    return OpsLinear.softmaxBackward(y, dy, dx);
  }

  // ---------------------------------------------------------------- convolution and pooling

  /**
   * {@code y = conv(x, kernel) + bias} (cross-correlation, as Keras): {@code x [b, h, w, in]},
   * {@code kernel [kh, kw, in, out]} matching the window, {@code bias [out]} or null, {@code y [b,
   * outH, outW, out]} with the window's output size.
   */
  public static Tensor conv2d(
      Tensor x, Tensor kernel, Tensor bias, SlidingWindow window, Tensor y) {
    return OpsConv.conv2d(x, kernel, bias, window, y);
  }

  /** {@code dx = convTranspose(dy, kernel)}, the input gradient of {@link #conv2d}; writes dx. */
  public static Tensor conv2dInputGradient(
      Tensor dy, Tensor kernel, SlidingWindow window, Tensor dx) {
    return OpsConv.inputGradient(dy, kernel, window, dx);
  }

  /**
   * Adds the kernel gradient {@code conv(x, dy)} to {@code dKernel} and the bias gradient {@code
   * sum(dy)} to {@code dBias} (null for none).
   */
  public static void conv2dKernelGradient(
      Tensor x, Tensor dy, SlidingWindow window, Tensor dKernel, Tensor dBias) {
    OpsConv.kernelGradient(x, dy, window, dKernel, dBias);
  }

  /**
   * Max pooling of {@code x [b, h, w, c]} into {@code y [b, outH, outW, c]}; padded positions never
   * win. {@code argmax} (null, or one entry per output) receives each winner's index in the batch,
   * for {@link #maxPoolBackward}.
   */
  public static Tensor maxPool(Tensor x, SlidingWindow window, Tensor y, int[] argmax) {
    return OpsConv.maxPool(x, window, y, argmax);
  }

  /** Routes each output gradient to the winner {@link #maxPool} recorded; writes dx. */
  public static Tensor maxPoolBackward(Tensor dy, int[] argmax, SlidingWindow window, Tensor dx) {
    return OpsConv.maxPoolBackward(dy, argmax, window, dx);
  }

  /** Average pooling; padded positions are not counted. Shapes as {@link #maxPool}. */
  public static Tensor averagePool(Tensor x, SlidingWindow window, Tensor y) {
    return OpsConv.avgPool(x, window, y);
  }

  /** Spreads each output gradient evenly over the positions its window averaged; writes dx. */
  public static Tensor averagePoolBackward(Tensor dy, SlidingWindow window, Tensor dx) {
    return OpsConv.avgPoolBackward(dy, window, dx);
  }

  /**
   * Copies {@code x [b, h, w, c]} into the interior of {@code y [b, h + top + bottom, w + left +
   * right, c]}, starting at row {@code top} and column {@code left}, and zeroes the border.
   */
  public static Tensor zeroPad2d(Tensor x, int top, int left, Tensor y) {
    return OpsElementwise.padOrCrop("zeroPad2d", x, top, left, y, true);
  }

  /** The adjoint of {@link #zeroPad2d}: copies the interior of {@code dy} into {@code dx}. */
  public static Tensor crop2d(Tensor dy, int top, int left, Tensor dx) {
    return OpsElementwise.padOrCrop("crop2d", dy, top, left, dx, false);
  }

  /**
   * Valid, stride-1 correlation of each of the planes {@code [c, h + kh - 1, w + kw - 1]} with one
   * kernel {@code [kh, kw]} into {@code out [c, h, w]} (zero kernel entries are skipped, as OpenCV
   * does, so a NaN under them stays out).
   */
  public static Tensor correlatePlanes(Tensor planes, Tensor kernel, Tensor out) {
    return OpsPlanes.correlate(planes, kernel, out);
  }

  // ---------------------------------------------------------------- per channel

  /** Per-channel mean and biased variance of {@code x [..., c]} into {@code [c]}, in double. */
  public static void channelMeanVariance(Tensor x, Tensor mean, Tensor variance) {
    OpsChannels.meanVariance(x, mean, variance);
  }

  /** {@code y = x * scale + shift} per channel: {@code scale, shift [c]} (shift may be null). */
  public static Tensor channelScaleShift(Tensor x, Tensor scale, Tensor shift, Tensor y) {
    return OpsChannels.scaleShift(x, scale, shift, y);
  }

  /**
   * {@code w *= factor(norm)} for every slice of {@code w}, the L2 norm taken over {@code axes}
   * (negative from the end), accumulated in double; {@code where} names the caller in errors.
   */
  public static Tensor scaleByNorm(
      String where, Tensor w, List<Integer> axes, DoubleUnaryOperator factor) {
    return OpsNorms.apply(where, w, axes, factor);
  }

  // ---------------------------------------------------------------- elementwise

  /** {@code out = a + b}; out may be a or b. */
  public static Tensor add(Tensor a, Tensor b, Tensor out) {
    return binary("add", TensorMath.Op.ADD, a, b, out);
  }

  /** {@code out = a - b}; out may be a or b. */
  public static Tensor sub(Tensor a, Tensor b, Tensor out) {
    return binary("sub", TensorMath.Op.SUB, a, b, out);
  }

  /** {@code out = a * b}; out may be a or b. */
  public static Tensor mul(Tensor a, Tensor b, Tensor out) {
    return binary("mul", TensorMath.Op.MUL, a, b, out);
  }

  private static Tensor binary(String op, TensorMath.Op kind, Tensor a, Tensor b, Tensor out) {
    OpsChecks.present(op, "a first operand", a);
    OpsChecks.shape(op, "output", a.shape(), out);
    return TensorMath.binary(op, kind, a, b, out);
  }

  /** Copies {@code from} into {@code to} of the same shape. */
  public static Tensor copy(Tensor from, Tensor to) {
    return OpsElementwise.copy(from, to);
  }

  /** {@code y = (float) f(x)} elementwise, in double; y may be x. */
  public static Tensor map(Tensor x, DoubleUnaryOperator f, Tensor y) {
    return OpsElementwise.map(x, f, y);
  }

  /**
   * {@code out = (float) f(a, b)} elementwise in row-major order, in double; the three hold as many
   * values (their shapes may differ, e.g. {@code [n]} and {@code [n, 1]}); out may be a or b.
   */
  public static Tensor mapPairs(Tensor a, Tensor b, DoubleBinaryOperator f, Tensor out) {
    return OpsElementwise.mapPairs(a, b, f, out);
  }

  /** {@code sum_i f(a_i, b_i)} in double, in row-major order; a and b hold as many values. */
  public static double sumOfPairs(Tensor a, Tensor b, DoubleBinaryOperator f) {
    return OpsElementwise.sumOfPairs(a, b, f);
  }

  /**
   * {@code dx = (float) (dy * derivative(x, y))} elementwise, in double; {@code x} may be null (the
   * derivative then gets NaN for it); {@code dx} may be {@code dy}.
   */
  public static Tensor scaleByDerivative(
      Tensor x, Tensor y, Tensor dy, DoubleBinaryOperator derivative, Tensor dx) {
    return OpsElementwise.scaleByDerivative(x, y, dy, derivative, dx);
  }

  // ---------------------------------------------------------------- samples (axis 0)

  /**
   * Copies samples {@code from .. from + count - 1} of {@code src [n, ...]} into {@code dst [m,
   * ...]} from sample {@code dstFrom}; the shapes after axis 0 must be equal.
   */
  public static Tensor copySamples(Tensor src, int from, int count, Tensor dst, int dstFrom) {
    return OpsSamples.copy(src, from, count, dst, dstFrom);
  }

  /**
   * Copies sample {@code order[i]} of {@code src [n, ...]} into sample {@code i - from} of {@code
   * dst [to - from, ...]}, for {@code i} in {@code from .. to - 1} (a shuffled batch).
   */
  public static Tensor gatherSamples(Tensor src, int[] order, int from, int to, Tensor dst) {
    return OpsSamples.gather(src, order, from, to, dst);
  }

  // ---------------------------------------------------------------- rows

  /** The index of the largest value in row {@code row} of {@code t [..., n]}; first on ties. */
  public static int argmax(Tensor t, int row) {
    return OpsRows.argmax(t, row);
  }

  /** Whether fewer than {@code k} values of row {@code row} are larger than class target's. */
  public static boolean inTopK(Tensor t, int row, int target, int k) {
    return OpsRows.inTopK(t, row, target, k);
  }

  /**
   * Mean over rows of the cross-entropy of labels {@code yTrue} and predictions {@code yPred} (both
   * {@code [..., classes]}): probabilities (divided by their row sum, clipped to {@code [eps, 1 -
   * eps]}) or, with {@code fromLogits}, logits; writes its gradient into {@code grad}.
   */
  public static double categoricalCrossentropy(
      Tensor yTrue, Tensor yPred, boolean fromLogits, double eps, Tensor grad) {
    return CrossEntropy.categorical(yTrue, yPred, fromLogits, eps, grad);
  }

  /** {@link #categoricalCrossentropy} with one integer label per row, stored as floats. */
  public static double sparseCategoricalCrossentropy(
      Tensor labels, Tensor yPred, boolean fromLogits, double eps, Tensor grad) {
    return CrossEntropy.sparse(labels, yPred, fromLogits, eps, grad);
  }

  // ---------------------------------------------------------------- optimiser steps

  /** {@code w -= lr * g}. */
  public static void sgdUpdate(Tensor w, Tensor g, float lr) {
    OptimizerUpdates.sgd(w, g, lr);
  }

  /** {@code v = mu v - lr g}; {@code w += v}, or with Nesterov {@code w += mu v - lr g}. */
  public static void momentumUpdate(
      Tensor w, Tensor g, Tensor v, float lr, float mu, boolean nesterov) {
    OptimizerUpdates.momentum(w, g, v, lr, mu, nesterov);
  }

  /**
   * {@code m += (g - m) c1}, {@code v += (g^2 - v) c2}, {@code vHat = max(vHat, v)} when vHat is
   * not null, {@code w -= m alpha / (sqrt(vHat or v) + eps)}.
   */
  public static void adamUpdate(
      Tensor w,
      Tensor g,
      Tensor m,
      Tensor v,
      Tensor vHat,
      float alpha,
      float c1,
      float c2,
      float eps) {
    OptimizerUpdates.adam(w, g, m, v, vHat, alpha, c1, c2, eps);
  }

  /**
   * {@code v = rho v + c g^2}; centred ({@code a} not null): {@code a = rho a + c g}, root of
   * {@code v + eps - a^2}; {@code inc = lr g / root}; momentum ({@code s} not null): {@code s = mu
   * s + inc}, {@code w -= s}, else {@code w -= inc}.
   */
  public static void rmspropUpdate(
      Tensor w,
      Tensor g,
      Tensor v,
      Tensor s,
      Tensor a,
      float lr,
      float rho,
      float c,
      float mu,
      float eps) {
    OptimizerUpdates.rmsprop(w, g, v, s, a, lr, rho, c, mu, eps);
  }

  /** {@code acc += g^2}, {@code w -= lr g / sqrt(acc + eps)}. */
  public static void adagradUpdate(Tensor w, Tensor g, Tensor acc, float lr, float eps) {
    OptimizerUpdates.adagrad(w, g, acc, lr, eps);
  }

  /**
   * {@code eg = rho eg + c g^2}, {@code d = -sqrt(ed + eps) / sqrt(eg + eps) g}, {@code ed = rho ed
   * + c d^2}, {@code w += lr d}.
   */
  public static void adadeltaUpdate(
      Tensor w, Tensor g, Tensor eg, Tensor ed, float lr, float rho, float c, float eps) {
    OptimizerUpdates.adadelta(w, g, eg, ed, lr, rho, c, eps);
  }
}
