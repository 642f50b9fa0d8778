package io.fovea.nn;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraint;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link Conv1D} and {@link Conv2D} share (Keras's {@code BaseConv}): the filters, the
 * activation and the weights' settings with their setters, the parameters {@code kernel} (of {@link
 * #kernelShape}) and {@code bias [filters]}, the constraints, and the {@link ConvPass}. A subclass
 * says how its input maps onto the 2-D kernels.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself
 */
abstract class ConvLayer<C extends ConvLayer.Settings<C>, L extends ConvLayer<C, L>>
    extends ConfiguredLayer<C, L> implements ActivatedLayer, Constrained {

  /** The settings both convolution configurations carry. */
  interface Settings<C> extends ConfiguredLayer.Settings<C> {
    int filters();

    String activation();

    boolean useBias();

    Initializer kernelInitializer();

    Initializer biasInitializer();

    Constraint kernelConstraint();

    Constraint biasConstraint();

    C withWeights(
        String newActivation,
        boolean newUseBias,
        Initializer kernelInit,
        Initializer biasInit,
        Constraint kernelCons,
        Constraint biasCons);
  }

  private Parameter kernel;
  private Parameter bias;
  private ConvPass pass;

  ConvLayer(C config) {
    super(config);
  }

  /** The kernel's shape for a per-sample input shape, in Keras's layout. */
  abstract Shape kernelShape(Shape in);

  /** The activation by Keras name (default {@code linear}). */
  public L activation(String value) {
    C c = settings();
    return update(
        "activation",
        c.withWeights(
            value,
            c.useBias(),
            c.kernelInitializer(),
            c.biasInitializer(),
            c.kernelConstraint(),
            c.biasConstraint()));
  }

  /** Whether to add a bias (default true). */
  public L useBias(boolean value) {
    C c = settings();
    return update(
        "useBias",
        c.withWeights(
            c.activation(),
            value,
            c.kernelInitializer(),
            c.biasInitializer(),
            c.kernelConstraint(),
            c.biasConstraint()));
  }

  /** The kernel initializer by Keras name (default {@code glorot_uniform}). */
  public L kernelInitializer(String value) {
    return initializers("kernelInitializer", Initializers.get(value), settings().biasInitializer());
  }

  /** The bias initializer by Keras name (default {@code zeros}). */
  public L biasInitializer(String value) {
    return initializers("biasInitializer", settings().kernelInitializer(), Initializers.get(value));
  }

  /** The kernel initializer. */
  public L kernelInitializer(Initializer value) {
    return initializers("kernelInitializer", value, settings().biasInitializer());
  }

  /** The bias initializer. */
  public L biasInitializer(Initializer value) {
    return initializers("biasInitializer", settings().kernelInitializer(), value);
  }

  /** Sets both initializers; {@code setter} is for messages. */
  private L initializers(String setter, Initializer kernelInit, Initializer biasInit) {
    C c = settings();
    return update(
        setter,
        c.withWeights(
            c.activation(),
            c.useBias(),
            kernelInit,
            biasInit,
            c.kernelConstraint(),
            c.biasConstraint()));
  }

  /** The constraint applied to the kernel after each optimizer step, e.g. {@code maxNorm(3)}. */
  public L kernelConstraint(Constraint value) {
    C c = settings();
    return update(
        "kernelConstraint",
        c.withWeights(
            c.activation(),
            c.useBias(),
            c.kernelInitializer(),
            c.biasInitializer(),
            value,
            c.biasConstraint()));
  }

  /** The kernel constraint by Keras name, e.g. {@code "max_norm"}. */
  public L kernelConstraint(String value) {
    return kernelConstraint(Constraints.get(value));
  }

  /** The constraint applied to the bias after each optimizer step. */
  public L biasConstraint(Constraint value) {
    C c = settings();
    return update(
        "biasConstraint",
        c.withWeights(
            c.activation(),
            c.useBias(),
            c.kernelInitializer(),
            c.biasInitializer(),
            c.kernelConstraint(),
            value));
  }

  /** The bias constraint by Keras name. */
  public L biasConstraint(String value) {
    return biasConstraint(Constraints.get(value));
  }

  /** Checks the kernel size, strides and padding of {@code c}. */
  abstract void checkGeometry(C c);

  @Override
  final void check(C c) {
    LayerSupport.positive(this, "number of filters", c.filters());
    checkGeometry(c);
    Activations.get(c.activation());
  }

  @Override
  protected final void createParameters(Shape in, Rng rng) {
    C c = settings();
    kernel = addParameter("kernel", c.kernelInitializer().create(kernelShape(in), rng), true);
    if (c.useBias()) {
      bias = addParameter("bias", c.biasInitializer().create(Shape.of(c.filters()), rng), true);
    }
    pass = new ConvPass(Activations.get(c.activation()));
  }

  /** The forward pass as a 2-D convolution into an output of {@code outShape}. */
  final Tensor convolve(SlidingWindow w, Tensor x, Shape outShape) {
    return pass.forward(w, x, outShape, kernel, bias);
  }

  /** The input gradient (2-D layout) from the output gradient {@code dy} (2-D layout). */
  final Tensor convolveBackward(Tensor dy) {
    return pass.backward(where(), dy, kernel, bias);
  }

  /** The input gradient (2-D layout) from the logits gradient {@code dz} (2-D layout). */
  final Tensor convolveBackwardFromLogits(Tensor dz) {
    return pass.backwardFromLogits(where(), dz, kernel, bias);
  }

  /** The logits of the last forward pass (2-D layout), or null before the layer is built. */
  final Tensor lastLogits() {
    return pass == null ? null : pass.logits(where());
  }

  @Override
  public String activationName() {
    return Activations.get(settings().activation()).name();
  }

  @Override
  public void applyConstraints() {
    C c = settings();
    if (c.kernelConstraint() != null) {
      c.kernelConstraint().apply(kernel.value());
    }
    if (c.biasConstraint() != null && bias != null) {
      c.biasConstraint().apply(bias.value());
    }
  }
}
