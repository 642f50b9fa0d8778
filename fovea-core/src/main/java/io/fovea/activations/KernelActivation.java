package io.fovea.activations;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * An elementwise activation computed by the kernels: {@code linear}, {@code relu}, {@code sigmoid},
 * {@code tanh}. The derivative comes from the output: relu' = [y > 0], sigmoid' = y (1 - y), tanh'
 * = 1 - y^2, linear' = 1.
 */
final class KernelActivation implements ActivationFunction {

  private final String name;
  private final FusedActivation kernel;

  KernelActivation(String name, FusedActivation kernel) {
    this.name = name;
    this.kernel = kernel;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FusedActivation fused() {
    return kernel;
  }

  @Override
  public boolean needsInput() {
    return false;
  }

  @Override
  public void apply(Tensor x, Tensor y) {
    Ops.biasActivation(x, null, kernel, y);
  }

  @Override
  public void backward(Tensor x, Tensor y, Tensor dy, Tensor dx) {
    Ops.activationBackward(kernel, y, dy, dx);
  }

  @Override
  public String toString() {
    return name;
  }
}
