package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * Adagrad, Keras's {@code Adagrad}: per-weight steps shrinking with the sum of squared gradients.
 *
 * <p>{@code acc += g^2}, {@code w -= lr g / sqrt(acc + epsilon)}, with {@code acc} starting at
 * {@code initialAccumulatorValue}. Defaults as Keras: {@code learningRate = 0.001}, {@code
 * initialAccumulatorValue = 0.1}, {@code epsilon = 1e-7}.
 *
 * <p>Slots: the accumulator (Keras's {@code accumulator}), of the parameter's shape. Reference:
 * Duchi et al., Adaptive Subgradient Methods for Online Learning and Stochastic Optimization
 * (2011).
 */
public final class Adagrad extends Optimizer {

  private final double initialAccumulatorValue;
  private final double epsilon;

  /** Keras's defaults. */
  public Adagrad() {
    this(0.001);
  }

  /** Keras's defaults with this learning rate. */
  public Adagrad(double learningRate) {
    this(learningRate, 0.1, 1e-7);
  }

  /** Adagrad with a non-negative starting accumulator and {@code epsilon}. */
  public Adagrad(double learningRate, double initialAccumulatorValue, double epsilon) {
    super((float) learningRate);
    this.initialAccumulatorValue =
        hyper(
            "initial_accumulator_value",
            checkNonNegative("initialAccumulatorValue", initialAccumulatorValue));
    this.epsilon = hyper("epsilon", checkNonNegative("epsilon", epsilon));
  }

  @Override
  public String name() {
    return "adagrad";
  }

  @Override
  protected List<List<String>> slotNames() {
    return List.of(List.of("accumulator"));
  }

  @Override
  protected Tensor[] createSlots(Parameter p) {
    return new Tensor[] {Tensor.zeros(p.shape()).fill((float) initialAccumulatorValue)};
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    Ops.adagradUpdate(p.value(), p.gradient(), slots[0], learningRate(), (float) epsilon);
  }
}
