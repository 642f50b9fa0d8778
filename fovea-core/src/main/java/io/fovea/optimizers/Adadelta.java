package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * Adadelta, Keras's {@code Adadelta}: steps whose size is the ratio of running root mean squares of
 * past updates and of gradients.
 *
 * <p>{@code Eg = rho Eg + (1 - rho) g^2}; {@code d = -sqrt(Ed + epsilon) / sqrt(Eg + epsilon) g};
 * {@code Ed = rho Ed + (1 - rho) d^2}; {@code w += lr d}. Defaults as Keras: {@code learningRate =
 * 0.001}, {@code rho = 0.95}, {@code epsilon = 1e-7}.
 *
 * <p>Slots: {@code Eg} and {@code Ed}, each of the parameter's shape (Keras's {@code
 * accumulated_grad} and {@code accumulated_delta_var}). Reference: Zeiler, ADADELTA: An Adaptive
 * Learning Rate Method (2012).
 */
public final class Adadelta extends Optimizer {

  private final double rho;
  private final double epsilon;

  /** Keras's defaults. */
  public Adadelta() {
    this(0.001);
  }

  /** Keras's defaults with this learning rate. */
  public Adadelta(double learningRate) {
    this(learningRate, 0.95, 1e-7);
  }

  /** Adadelta with the decay {@code rho} in {@code [0, 1)} and {@code epsilon >= 0}. */
  public Adadelta(double learningRate, double rho, double epsilon) {
    super((float) learningRate);
    this.rho = hyper("rho", checkRange("rho", rho, 0, 1, false));
    this.epsilon = hyper("epsilon", checkNonNegative("epsilon", epsilon));
  }

  @Override
  public String name() {
    return "adadelta";
  }

  @Override
  protected List<List<String>> slotNames() {
    return List.of(List.of("accumulated_grad", "accumulated_delta_var"));
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    Ops.adadeltaUpdate(
        p.value(),
        p.gradient(),
        slots[0],
        slots[1],
        learningRate(),
        (float) rho,
        (float) (1 - rho),
        (float) epsilon);
  }
}
