package io.fovea.activations;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * Softmax along the last axis (Keras's default {@code axis=-1}): {@code y_i = exp(x_i - max) /
 * sum_j exp(x_j - max)}; backward {@code dx = y * (dy - sum(dy * y))} per row. A rank-0 or rank-1
 * tensor is one row.
 */
final class Softmax implements ActivationFunction {

  @Override
  public String name() {
    return "softmax";
  }

  @Override
  public FusedActivation fused() {
    return null;
  }

  @Override
  public boolean needsInput() {
    return false;
  }

  @Override
  public void apply(Tensor x, Tensor y) {
    Ops.softmax(x, y);
  }

  @Override
  public void backward(Tensor x, Tensor y, Tensor dy, Tensor dx) {
    Ops.softmaxBackward(y, dy, dx);
  }

  @Override
  public String toString() {
    return name();
  }
}
