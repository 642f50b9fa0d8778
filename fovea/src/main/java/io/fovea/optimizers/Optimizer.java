package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Updates parameters from their gradients, one step per batch (Keras's optimiser: a base that
 * loops over the parameters and counts steps, and a subclass that keeps its slots and updates one
 * parameter).
 */
public abstract class Optimizer {

  private float learningRate;
  private long iterations;
  private final Map<Parameter, Tensor[]> slots = new IdentityHashMap<>();

  protected Optimizer(float learningRate) {
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": expected a positive learning rate, got "
              + learningRate);
    }
    this.learningRate = learningRate;
  }

  /** The Keras name, e.g. {@code "adam"}. */
  public abstract String name();

  /** The learning rate. */
  public float learningRate() {
    return learningRate;
  }

  /** Changes the learning rate (e.g. from a schedule or callback). */
  public void setLearningRate(float value) {
    if (!(value > 0) || Float.isInfinite(value)) {
      throw new IllegalArgumentException(
          name() + ": expected a positive learning rate, got " + value);
    }
    this.learningRate = value;
  }

  /** Steps taken so far (Keras's {@code iterations}). */
  public long iterations() {
    return iterations;
  }

  /** One step: updates every parameter in {@code parameters} from its gradient. */
  public final void apply(List<Parameter> parameters) {
    iterations++;
    for (Parameter p : parameters) {
      Tensor[] s = slots.computeIfAbsent(p, this::createSlots);
      update(p, s, iterations);
    }
  }

  /** The slots (moments, velocities) a parameter needs, zero-initialised. */
  protected abstract Tensor[] createSlots(Parameter p);

  /** Updates {@code p.value()} in place from {@code p.gradient()}; {@code step} counts from 1. */
  protected abstract void update(Parameter p, Tensor[] slots, long step);
}
