package io.fovea.activations;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * An elementwise activation the kernels do not implement, given by its formula {@code f(x)} and
 * derivative {@code f'(x, y)} (which may use the input, the output or both), computed in double and
 * rounded to float. These run once per layer on its output, so a plain loop is enough.
 */
final class ElementwiseActivation implements ActivationFunction {

  /** {@code f(x)}. */
  @FunctionalInterface
  interface Function {
    double apply(double x);
  }

  /** {@code f'(x)}, given {@code x} and {@code y = f(x)}. */
  @FunctionalInterface
  interface Derivative {
    double at(double x, double y);
  }

  private final String name;
  private final Function f;
  private final Derivative derivative;
  private final boolean needsInput;

  ElementwiseActivation(String name, Function f, Derivative derivative, boolean needsInput) {
    this.name = name;
    this.f = f;
    this.derivative = derivative;
    this.needsInput = needsInput;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FusedActivation fused() {
    return null;
  }

  @Override
  public boolean needsInput() {
    return needsInput;
  }

  @Override
  public void apply(Tensor x, Tensor y) {
    Ops.map(x, f::apply, y);
  }

  @Override
  public void backward(Tensor x, Tensor y, Tensor dy, Tensor dx) {
    Ops.scaleByDerivative(x, y, dy, derivative::at, dx);
  }

  @Override
  public String toString() {
    return name;
  }
}
