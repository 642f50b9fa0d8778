package io.fovea.nn;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link Conv1D} and {@link Conv2D} share (Keras's {@code BaseConv}) beyond the weights of
 * {@link WeightedLayer}: the number of filters and the {@link ConvPass}. A subclass says how its
 * window and input map onto the 2-D kernels.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself
 */
abstract class ConvLayer<C extends ConvLayer.Settings<C>, L extends ConvLayer<C, L>>
    extends WeightedLayer<C, L> {

  /** The settings both convolution configurations carry besides their window. */
  interface Settings<C> extends WeightedLayer.Settings<C> {
    int filters();
  }

  private ConvPass pass;

  ConvLayer(C config) {
    super(config);
  }

  /** Checks the kernel size and strides of {@code c}. */
  abstract void checkWindow(C c);

  @Override
  final void check(C c) {
    LayerSupport.positive(this, "number of filters", c.filters());
    checkWindow(c);
  }

  @Override
  final int outputs() {
    return settings().filters();
  }

  @Override
  protected final void createParameters(Shape in, Rng rng) {
    super.createParameters(in, rng);
    pass = new ConvPass(weights().activation());
  }

  /**
   * The forward pass as a 2-D convolution into an output of {@code outShape}; in inference into the
   * calling thread's own buffer, keeping nothing else.
   */
  final Tensor convolve(SlidingWindow w, Tensor x, Shape outShape, boolean training) {
    return pass.forward(w, x, outShape, kernel(), bias(), training);
  }

  /** The input gradient (2-D layout) from the output gradient {@code dy} (2-D layout). */
  final Tensor convolveBackward(Tensor dy) {
    return pass.backward(where(), dy, kernel(), bias());
  }

  /** The input gradient (2-D layout) from the logits gradient {@code dz} (2-D layout). */
  final Tensor convolveBackwardFromLogits(Tensor dz) {
    return pass.backwardFromLogits(where(), dz, kernel(), bias());
  }

  /**
   * The logits of the last training forward pass (2-D layout), or null before the layer is built;
   * throws when no training pass is kept.
   */
  final Tensor lastLogits() {
    return pass == null ? null : pass.logits(where());
  }
}
