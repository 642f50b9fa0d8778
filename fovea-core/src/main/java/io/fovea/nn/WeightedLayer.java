package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.constraints.Constraint;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;

/**
 * What the layers with a {@code kernel} and a {@code bias} share ({@link Dense}, {@link Conv2D},
 * {@link Conv1D}): the {@link WeightSettings} and their fluent setters, the parameters {@code
 * kernel} (of {@link #kernelShape}) and {@code bias [outputs]}, created in that order from the
 * model's seed, and the constraints applied after each optimizer step.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself
 */
abstract class WeightedLayer<C extends WeightedLayer.Settings<C>, L extends WeightedLayer<C, L>>
    extends ConfiguredLayer<C, L> implements ActivatedLayer, Constrained {

  /** A configuration with a weights part. */
  interface Settings<C> extends ConfiguredLayer.Settings<C> {
    WeightSettings weights();

    C withWeights(WeightSettings value);
  }

  private Parameter kernel;
  private Parameter bias;

  WeightedLayer(C config) {
    super(config);
  }

  /** The kernel's shape for a per-sample input shape, in Keras's layout. */
  abstract Shape kernelShape(Shape in);

  /** The number of outputs per position: the bias's length ({@code units}, {@code filters}). */
  abstract int outputs();

  /** The weights' settings. */
  final WeightSettings weights() {
    return settings().weights();
  }

  private L weights(String setter, WeightSettings next) {
    return update(setter, settings().withWeights(next));
  }

  /** The activation by Keras name; null means {@code linear} (the default). */
  public L activation(String value) {
    return weights("activation", weights().withActivation(value));
  }

  /** The activation. */
  public L activation(ActivationFunction value) {
    return weights("activation", weights().withActivation(value));
  }

  /** Whether to add a bias (default true). */
  public L useBias(boolean value) {
    return weights("useBias", weights().withUseBias(value));
  }

  /** The kernel initializer by Keras name (default {@code glorot_uniform}). */
  public L kernelInitializer(String value) {
    return kernelInitializer(Initializers.get(value));
  }

  /** The kernel initializer. */
  public L kernelInitializer(Initializer value) {
    return weights("kernelInitializer", weights().withKernelInitializer(value));
  }

  /** The bias initializer by Keras name (default {@code zeros}). */
  public L biasInitializer(String value) {
    return biasInitializer(Initializers.get(value));
  }

  /** The bias initializer. */
  public L biasInitializer(Initializer value) {
    return weights("biasInitializer", weights().withBiasInitializer(value));
  }

  /** The constraint applied to the kernel after each optimizer step, e.g. {@code maxNorm(3)}. */
  public L kernelConstraint(Constraint value) {
    return weights("kernelConstraint", weights().withKernelConstraint(value));
  }

  /** The kernel constraint by Keras name, e.g. {@code "max_norm"}. */
  public L kernelConstraint(String value) {
    return kernelConstraint(Constraints.get(value));
  }

  /** The constraint applied to the bias after each optimizer step; null for none. */
  public L biasConstraint(Constraint value) {
    return weights("biasConstraint", weights().withBiasConstraint(value));
  }

  /** The bias constraint by Keras name. */
  public L biasConstraint(String value) {
    return biasConstraint(Constraints.get(value));
  }

  @Override
  protected void createParameters(Shape in, Rng rng) {
    WeightSettings w = weights();
    kernel = addParameter("kernel", w.kernelInitializer().create(kernelShape(in), rng), true);
    if (w.useBias()) {
      bias = addParameter("bias", w.biasInitializer().create(Shape.of(outputs()), rng), true);
    }
  }

  /** The kernel; null before the layer is built. */
  final Parameter kernel() {
    return kernel;
  }

  /** The bias; null before the layer is built or without {@code useBias}. */
  final Parameter bias() {
    return bias;
  }

  @Override
  public String activationName() {
    return weights().activationName();
  }

  @Override
  public void applyConstraints() {
    if (!trainable() || !built()) {
      return;
    }
    WeightSettings w = weights();
    if (w.kernelConstraint() != null) {
      w.kernelConstraint().apply(kernel.value());
    }
    if (w.biasConstraint() != null && bias != null) {
      w.biasConstraint().apply(bias.value());
    }
  }
}
