package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.activations.Activations;
import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;

/**
 * The settings of a layer with a {@code kernel} and a {@code bias} ({@link Dense}, {@link Conv2D},
 * {@link Conv1D}), Keras's {@code activation, use_bias, kernel_initializer, bias_initializer,
 * kernel_constraint, bias_constraint}: {@code y = activation(op(x, kernel) + bias)}.
 *
 * <p>The activation is stored as the registered function itself (one instance per name, so two
 * records with the same settings are equal); a null activation is {@code linear}, as Keras's {@code
 * activation=None}. The constraints may be null (none). Regularisers ({@code kernel_regularizer},
 * {@code bias_regularizer}) are not supported yet: files always say {@code null} for them.
 */
public record WeightSettings(
    ActivationFunction activation,
    boolean useBias,
    Initializer kernelInitializer,
    Initializer biasInitializer,
    Constraint kernelConstraint,
    Constraint biasConstraint) {

  /** Replaces a null activation by {@code linear}. */
  public WeightSettings {
    activation = activation == null ? Activations.get(null) : activation;
  }

  /**
   * Keras's defaults: {@code linear}, a bias, {@code glorot_uniform} kernel, {@code zeros} bias, no
   * constraints.
   */
  public static WeightSettings defaults() {
    return new WeightSettings(
        null, true, Initializers.glorotUniform(), Initializers.get("zeros"), null, null);
  }

  /** The activation's Keras name, e.g. {@code "relu"}. */
  public String activationName() {
    return activation.name();
  }

  /** The activation by Keras name ({@code null} is {@code linear}). */
  public WeightSettings withActivation(String name) {
    return withActivation(Activations.get(name));
  }

  public WeightSettings withActivation(ActivationFunction value) {
    return new WeightSettings(
        value, useBias, kernelInitializer, biasInitializer, kernelConstraint, biasConstraint);
  }

  public WeightSettings withUseBias(boolean value) {
    return new WeightSettings(
        activation, value, kernelInitializer, biasInitializer, kernelConstraint, biasConstraint);
  }

  public WeightSettings withKernelInitializer(Initializer value) {
    return new WeightSettings(
        activation, useBias, value, biasInitializer, kernelConstraint, biasConstraint);
  }

  public WeightSettings withBiasInitializer(Initializer value) {
    return new WeightSettings(
        activation, useBias, kernelInitializer, value, kernelConstraint, biasConstraint);
  }

  public WeightSettings withKernelConstraint(Constraint value) {
    return new WeightSettings(
        activation, useBias, kernelInitializer, biasInitializer, value, biasConstraint);
  }

  public WeightSettings withBiasConstraint(Constraint value) {
    return new WeightSettings(
        activation, useBias, kernelInitializer, biasInitializer, kernelConstraint, value);
  }
}
