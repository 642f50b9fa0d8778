package io.fovea.activations;

import io.fovea.kernel.Activation;
import io.fovea.kernel.Kernels;
import io.fovea.tensor.Tensor;

/**
 * An elementwise activation computed by the kernels: {@code linear}, {@code relu}, {@code sigmoid},
 * {@code tanh}. The derivative comes from the output: relu' = [y > 0], sigmoid' = y (1 - y), tanh'
 * = 1 - y^2, linear' = 1.
 */
final class KernelActivation implements ActivationFunction {

  private final String name;
  private final Activation kernel;

  KernelActivation(String name, Activation kernel) {
    this.name = name;
    this.kernel = kernel;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Activation kernel() {
    return kernel;
  }

  @Override
  public boolean needsInput() {
    return false;
  }

  @Override
  public void apply(Tensor x, Tensor y) {
    int n = x.size();
    Kernels.get().biasActivation(1, n, x.data(), x.offset(), null, kernel, y.data(), y.offset());
  }

  @Override
  public void backward(Tensor x, Tensor y, Tensor dy, Tensor dx) {
    int n = y.size();
    float[] in = Offsets.of(dy);
    float[] out = dx.offset() == 0 ? dx.data() : new float[n];
    Kernels.get().activationBackward(kernel, n, y.data(), y.offset(), in, out);
    Offsets.copyBack(out, dx);
  }

  @Override
  public String toString() {
    return name;
  }
}
