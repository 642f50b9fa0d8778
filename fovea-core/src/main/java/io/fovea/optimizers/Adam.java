package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * Adam, Keras's {@code Adam}: gradient steps scaled by running estimates of the first and second
 * moments of the gradient.
 *
 * <p>At step {@code t} (from 1): {@code m += (g - m)(1 - beta1)}, {@code v += (g^2 - v)(1 -
 * beta2)}, {@code alpha = lr sqrt(1 - beta2^t) / (1 - beta1^t)}, {@code w -= alpha m / (sqrt(v) +
 * epsilon)}; with AMSGrad, {@code vHat = max(vHat, v)} replaces {@code v} in the step. Defaults as
 * Keras: {@code learningRate = 0.001}, {@code beta1 = 0.9}, {@code beta2 = 0.999}, {@code epsilon =
 * 1e-7}, {@code amsgrad = false}.
 *
 * <p>Slots: {@code m} and {@code v} (and {@code vHat} with AMSGrad), each of the parameter's shape,
 * stored as Keras's {@code momentum}, {@code velocity} (and {@code velocity_hat}). Reference:
 * Kingma and Ba, Adam: A Method for Stochastic Optimization (2015); Reddi et al., On the
 * Convergence of Adam and Beyond (2018).
 */
public final class Adam extends Optimizer {

  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final boolean amsgrad;

  /** Keras's defaults. */
  public Adam() {
    this(0.001);
  }

  /** Keras's defaults with this learning rate. */
  public Adam(double learningRate) {
    this(learningRate, 0.9, 0.999, 1e-7, false);
  }

  /** Adam with these moment decays in {@code [0, 1)} and {@code epsilon >= 0}. */
  public Adam(double learningRate, double beta1, double beta2, double epsilon) {
    this(learningRate, beta1, beta2, epsilon, false);
  }

  /** As {@link #Adam(double, double, double, double)}, with AMSGrad when {@code amsgrad}. */
  public Adam(double learningRate, double beta1, double beta2, double epsilon, boolean amsgrad) {
    super((float) learningRate);
    this.beta1 = hyper("beta_1", checkRange("beta1", beta1, 0, 1, false));
    this.beta2 = hyper("beta_2", checkRange("beta2", beta2, 0, 1, false));
    this.epsilon = hyper("epsilon", checkNonNegative("epsilon", epsilon));
    this.amsgrad = hyper("amsgrad", amsgrad);
  }

  @Override
  public String name() {
    return "adam";
  }

  @Override
  protected List<List<String>> slotNames() {
    return amsgrad
        ? List.of(List.of("momentum", "velocity"), List.of("velocity_hat"))
        : List.of(List.of("momentum", "velocity"));
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    float alpha =
        (float)
            (learningRate() * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step)));
    Ops.adamUpdate(
        p.value(),
        p.gradient(),
        slots[0],
        slots[1],
        amsgrad ? slots[2] : null,
        alpha,
        (float) (1 - beta1),
        (float) (1 - beta2),
        (float) epsilon);
  }
}
