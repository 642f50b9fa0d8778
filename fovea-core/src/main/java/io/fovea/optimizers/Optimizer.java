package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
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
 *
 * <p>The state is Keras's {@code optimizer.variables}: variable 0 is {@link #iterations()}, 1 the
 * {@link #learningRate()}, then the slots of the given parameters in the order of {@link
 * #slotNames()} ({@link #slotVariables}, {@link #restore}), which is what a {@code .keras} file
 * stores under {@code /optimizer/vars}.
 */
public abstract class Optimizer {

  private float learningRate;
  private long iterations;
  private final Map<Parameter, Tensor[]> slots = new IdentityHashMap<>();
  private final Map<String, Object> hyperparameters = new LinkedHashMap<>();
  // held once, so that a step does not create a method reference per parameter
  private final Function<Parameter, Tensor[]> slotFactory = this::createSlots;

  protected Optimizer(float learningRate) {
    checkLearningRate(getClass().getSimpleName(), learningRate);
    this.learningRate = learningRate;
  }

  private static void checkLearningRate(String where, float value) {
    if (!(value > 0) || Float.isInfinite(value)) {
      throw new IllegalArgumentException(
          where + ": expected a positive learning rate, got " + value);
    }
  }

  /** The Keras name, e.g. {@code "adam"}. */
  public abstract String name();

  /** The learning rate. */
  public float learningRate() {
    return learningRate;
  }

  /** Changes the learning rate (e.g. from a schedule or callback). */
  public void setLearningRate(float value) {
    checkLearningRate(name(), value);
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
    config.putAll(hyperparameters);
    return config;
  }

  /**
   * Records a hyperparameter for {@link #config} under Keras's key (in the order recorded) and
   * returns it, e.g. {@code this.rho = hyper("rho", checkRange("rho", rho, 0, 1, false))}.
   */
  protected final double hyper(String kerasKey, double value) {
    hyperparameters.put(kerasKey, value);
    return value;
  }

  /** {@link #hyper(String, double)} for a switch such as {@code nesterov}. */
  protected final boolean hyper(String kerasKey, boolean value) {
    hyperparameters.put(kerasKey, value);
    return value;
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

  /**
   * The number of Keras variables for {@code parameterCount} parameters: iterations, learning rate
   * and every slot of every parameter.
   */
  public final int variableCount(int parameterCount) {
    return 2 + SlotVariables.perParameter(slotNames()) * parameterCount;
  }

  /**
   * Copies of the slots of {@code parameters} (the model's trainable parameters, in order) in
   * Keras's order: Keras's variables 2, 3, ... A parameter not trained yet gets its zero slots
   * first, as Keras's {@code build} creates them for every trainable variable.
   */
  public final List<Tensor> slotVariables(List<Parameter> parameters) {
    List<Tensor> out = new ArrayList<>();
    for (int[] ps : SlotVariables.order(slotNames(), parameters.size())) {
      out.add(slotsOf(parameters.get(ps[0]))[ps[1]].copy());
    }
    return out;
  }

  /**
   * Sets the whole state, as loading a Keras file does: {@code iterations}, the learning rate and
   * the slots of {@code parameters} from {@code slotValues} in the order of {@link #slotVariables}.
   * Everything is checked before anything changes.
   *
   * @throws IllegalArgumentException for negative iterations, a learning rate that is not positive,
   *     a wrong count, or a shape that differs (naming the variable as Keras numbers it and both
   *     shapes)
   */
  public final void restore(
      long iterations, float learningRate, List<Parameter> parameters, List<Tensor> slotValues) {
    if (iterations < 0) {
      throw new IllegalArgumentException(
          name() + ": variable 0 (iterations): expected a count >= 0, got " + iterations);
    }
    checkLearningRate(name() + ": variable 1 (learning_rate)", learningRate);
    SlotVariables.check(name(), slotNames(), parameters, slotValues);
    List<int[]> order = SlotVariables.order(slotNames(), parameters.size());
    for (int k = 0; k < order.size(); k++) {
      Tensor from = slotValues.get(k);
      Tensor to = slotsOf(parameters.get(order.get(k)[0]))[order.get(k)[1]];
      Ops.copy(from, to);
    }
    this.iterations = iterations;
    this.learningRate = learningRate;
  }

  private Tensor[] slotsOf(Parameter p) {
    return SlotVariables.requireNamed(name(), slotNames(), slots.computeIfAbsent(p, slotFactory));
  }

  /**
   * The slot names of one parameter as Keras's {@code build} adds them: one inner list per {@code
   * add_optimizer_variables} call, whose names Keras interleaves per parameter (Adam: {@code
   * [[momentum, velocity]]}, then {@code [velocity_hat]} with AMSGrad; empty when there are no
   * slots). Slot {@code i} of {@link #createSlots} is the {@code i}-th name in reading order.
   */
  protected abstract List<List<String>> slotNames();

  /** The slots (moments, velocities) a parameter needs: by default a zero tensor per slot name. */
  protected Tensor[] createSlots(Parameter p) {
    return zeroSlots(p, SlotVariables.perParameter(slotNames()));
  }

  /** Updates {@code p.value()} in place from {@code p.gradient()}; {@code step} counts from 1. */
  protected abstract void update(Parameter p, Tensor[] slots, long step);
}
