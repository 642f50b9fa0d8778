package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * RMSprop, Keras's {@code RMSprop}: gradient steps divided by a running root mean square of the
 * gradient.
 *
 * <p>{@code v = rho v + (1 - rho) g^2}; {@code increment = lr g / sqrt(v + epsilon)} (Keras puts
 * {@code epsilon} inside the root). Centered: {@code a = rho a + (1 - rho) g} and the root is of
 * {@code v - a^2 + epsilon}. With momentum {@code mu > 0}: {@code s = mu s + increment}, {@code w
 * -= s}; else {@code w -= increment}. Defaults as Keras: {@code learningRate = 0.001}, {@code rho =
 * 0.9}, {@code momentum = 0}, {@code epsilon = 1e-7}, {@code centered = false}.
 *
 * <p>Slots: the velocity {@code v}, then {@code s} when {@code momentum > 0}, then {@code a} when
 * centered, each of the parameter's shape (Keras's {@code velocity}, {@code momentum}, {@code
 * average_gradient}). Reference: Hinton, Neural Networks for Machine Learning, lecture 6e (2012).
 */
public final class RMSprop extends Optimizer {

  private final double rho;
  private final double momentum;
  private final double epsilon;
  private final boolean centered;

  /** Keras's defaults. */
  public RMSprop() {
    this(0.001);
  }

  /** Keras's defaults with this learning rate. */
  public RMSprop(double learningRate) {
    this(learningRate, 0.9);
  }

  /** RMSprop with the discount {@code rho} in {@code [0, 1)}. */
  public RMSprop(double learningRate, double rho) {
    this(learningRate, rho, 0, 1e-7, false);
  }

  /** RMSprop with every Keras hyperparameter; {@code momentum} in {@code [0, 1]}. */
  public RMSprop(
      double learningRate, double rho, double momentum, double epsilon, boolean centered) {
    super((float) learningRate);
    this.rho = hyper("rho", checkRange("rho", rho, 0, 1, false));
    this.momentum = hyper("momentum", checkRange("momentum", momentum, 0, 1, true));
    this.epsilon = hyper("epsilon", checkNonNegative("epsilon", epsilon));
    this.centered = hyper("centered", centered);
  }

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  protected List<List<String>> slotNames() {
    List<List<String>> names = new ArrayList<>();
    names.add(List.of("velocity"));
    if (momentum > 0) {
      names.add(List.of("momentum"));
    }
    if (centered) {
      names.add(List.of("average_gradient"));
    }
    return names;
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    Ops.rmspropUpdate(
        p.value(),
        p.gradient(),
        slots[0],
        momentum > 0 ? slots[1] : null,
        centered ? slots[slots.length - 1] : null,
        learningRate(),
        (float) rho,
        (float) (1 - rho),
        (float) momentum,
        (float) epsilon);
  }
}
