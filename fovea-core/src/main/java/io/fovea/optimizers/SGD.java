package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * Stochastic gradient descent with optional (Nesterov) momentum, Keras's {@code SGD}.
 *
 * <p>Without momentum: {@code w -= lr * g}. With momentum {@code mu} and velocity {@code v} (zero
 * at first): {@code v = mu * v - lr * g}, then {@code w += v}, or with Nesterov {@code w += mu * v
 * - lr * g}. Defaults as Keras: {@code learningRate = 0.01}, {@code momentum = 0}, {@code nesterov
 * = false}.
 *
 * <p>Slots: one velocity per parameter (Keras's {@code momentum}), with the parameter's shape, when
 * {@code momentum > 0}. Reference: Sutskever et al., On the importance of initialization and
 * momentum in deep learning (2013).
 */
public final class SGD extends Optimizer {

  private final double momentum;
  private final boolean nesterov;

  /** Keras's defaults: learning rate 0.01, no momentum. */
  public SGD() {
    this(0.01);
  }

  /** Plain gradient descent with this learning rate. */
  public SGD(double learningRate) {
    this(learningRate, 0, false);
  }

  /** Gradient descent with classical momentum in {@code [0, 1]}. */
  public SGD(double learningRate, double momentum) {
    this(learningRate, momentum, false);
  }

  /** Gradient descent with momentum in {@code [0, 1]}, Nesterov's when {@code nesterov}. */
  public SGD(double learningRate, double momentum, boolean nesterov) {
    super((float) learningRate);
    this.momentum = hyper("momentum", checkRange("momentum", momentum, 0, 1, true));
    this.nesterov = hyper("nesterov", nesterov);
  }

  @Override
  public String name() {
    return "SGD";
  }

  /** The momentum {@code mu}. */
  public double momentum() {
    return momentum;
  }

  /** Whether the momentum is Nesterov's. */
  public boolean nesterov() {
    return nesterov;
  }

  @Override
  protected List<List<String>> slotNames() {
    return momentum > 0 ? List.of(List.of("momentum")) : List.of();
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    if (slots.length == 0) {
      Ops.sgdUpdate(p.value(), p.gradient(), learningRate());
    } else {
      Ops.momentumUpdate(
          p.value(), p.gradient(), slots[0], learningRate(), (float) momentum, nesterov);
    }
  }
}
