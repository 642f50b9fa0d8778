package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Updates parameters from their gradients, one step per batch (Keras's optimiser: a base that loops
 * over the parameters and counts steps, and a subclass that keeps its slots and updates one
 * parameter).
 *
 * <p>The caller passes only the parameters to train: trainable parameters of trainable layers (the
 * model leaves out batch normalisation's moving statistics and frozen layers). A parameter gets its
 * slots the first time it is seen, so a steady step allocates nothing.
 */
public abstract class Optimizer {

  private float learningRate;
  private long iterations;
  private final Map<Parameter, Tensor[]> slots = new IdentityHashMap<>();
  // held once, so that a step does not create a method reference per parameter
  private final Function<Parameter, Tensor[]> slotFactory = this::createSlots;

  protected Optimizer(float learningRate) {
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + ": expected a positive learning rate, got " + learningRate);
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

  /**
   * Keras's {@code get_config}: {@code name}, {@code learning_rate} and the subclass's
   * hyperparameters under Keras's keys (e.g. {@code beta_1}), to save and rebuild the optimiser
   * with {@code Optimizers.fromConfig}.
   */
  public Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", name());
    // through the shortest decimal, so that 0.001f is saved as 0.001
    config.put("learning_rate", Double.parseDouble(Float.toString(learningRate)));
    return config;
  }

  /**
   * Checks a hyperparameter in {@code [lo, hi)} (or {@code [lo, hi]} when {@code hiIncluded}).
   *
   * @throws IllegalArgumentException e.g. {@code Adam: expected beta1 in [0, 1), got 1.0}
   */
  protected final double checkRange(
      String what, double value, double lo, double hi, boolean hiIncluded) {
    if (!(value >= lo && (hiIncluded ? value <= hi : value < hi))) {
      throw new IllegalArgumentException(
          getClass().getSimpleName()
              + ": expected "
              + what
              + " in ["
              + format(lo)
              + ", "
              + format(hi)
              + (hiIncluded ? "]" : ")")
              + ", got "
              + value);
    }
    return value;
  }

  /**
   * Checks a hyperparameter that may be any value {@code >= 0}, such as {@code epsilon}, with the
   * message of {@link #checkRange}.
   */
  protected final double checkNonNegative(String what, double value) {
    return checkRange(what, value, 0, Double.MAX_VALUE, true);
  }

  /** {@code count} zero tensors of the parameter's shape, the usual slots. */
  protected static Tensor[] zeroSlots(Parameter p, int count) {
    Tensor[] slots = new Tensor[count];
    for (int i = 0; i < count; i++) {
      slots[i] = Tensor.zeros(p.shape());
    }
    return slots;
  }

  private static String format(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v)
        ? Long.toString((long) v)
        : Double.toString(v);
  }

  /** Steps taken so far (Keras's {@code iterations}). */
  public long iterations() {
    return iterations;
  }

  /** One step: updates every parameter in {@code parameters} from its gradient. */
  public final void apply(List<Parameter> parameters) {
    iterations++;
    for (Parameter p : parameters) {
      Tensor[] s = slots.computeIfAbsent(p, slotFactory);
      update(p, s, iterations);
    }
  }

  /** The slots (moments, velocities) a parameter needs, zero-initialised. */
  protected abstract Tensor[] createSlots(Parameter p);

  /** Updates {@code p.value()} in place from {@code p.gradient()}; {@code step} counts from 1. */
  protected abstract void update(Parameter p, Tensor[] slots, long step);
}
