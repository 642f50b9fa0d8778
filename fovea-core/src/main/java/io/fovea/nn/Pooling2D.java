package io.fovea.nn;

import io.fovea.tensor.Padding;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * What {@link MaxPooling2D} and {@link AveragePooling2D} share (Keras's {@code BasePooling}): the
 * window, strides and padding and their setters, the output shape {@code [outH, outW, channels]}
 * with {@code out = floor((in - pool) / stride) + 1} ({@code valid}) or {@code ceil(in / stride)}
 * ({@code same}), and the passes; a subclass only picks the {@link PoolPass}.
 *
 * @param <C> the layer's {@code Config} record
 * @param <L> the layer itself
 */
abstract class Pooling2D<C extends Pooling2D.Settings<C>, L extends Pooling2D<C, L>>
    extends ConfiguredLayer<C, L> {

  /** The settings both pooling configurations carry. */
  interface Settings<C> extends ConfiguredLayer.Settings<C> {
    int poolHeight();

    int poolWidth();

    int strideHeight();

    int strideWidth();

    String padding();

    C withStrides(int height, int width);

    C withPadding(String value);
  }

  private final PoolPass pass;
  private SlidingWindow window;
  private Shape windowInput;

  Pooling2D(C config, PoolPass pass) {
    super(config);
    this.pass = pass;
  }

  /** The strides in both directions (default: the pool size). */
  public L strides(int stride) {
    return strides(stride, stride);
  }

  /** The strides along height and width. */
  public L strides(int height, int width) {
    return update("strides", settings().withStrides(height, width));
  }

  /** {@code "valid"} (default) or {@code "same"}. */
  public L padding(String padding) {
    return update("padding", settings().withPadding(padding));
  }

  @Override
  final void check(C s) {
    LayerSupport.positive(this, "pool height", s.poolHeight());
    LayerSupport.positive(this, "pool width", s.poolWidth());
    LayerSupport.positive(this, "stride height", s.strideHeight());
    LayerSupport.positive(this, "stride width", s.strideWidth());
    LayerSupport.padding(this, s.padding(), false);
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    C s = settings();
    Padding padding = LayerSupport.padding(this, s.padding(), false);
    String window = LayerSupport.window(s.poolHeight(), s.poolWidth());
    int outH =
        LayerSupport.outputLength(
            this, in, "window", window, in.dim(0), s.poolHeight(), s.strideHeight(), padding);
    int outW =
        LayerSupport.outputLength(
            this, in, "window", window, in.dim(1), s.poolWidth(), s.strideWidth(), padding);
    return Shape.of(outH, outW, in.dim(2));
  }

  @Override
  protected final Tensor call(Tensor x, boolean training) {
    Shape in = inputShape();
    if (window == null || !in.equals(windowInput)) {
      C s = settings();
      window =
          SlidingWindow.of(
              s.poolHeight(),
              s.poolWidth(),
              s.strideHeight(),
              s.strideWidth(),
              Padding.of(s.padding()),
              in.dim(0),
              in.dim(1));
      windowInput = in;
    }
    Shape out = Buffer.withBatch(x.shape().dim(0), outputShape());
    return pass.forward(window, x, out, out);
  }

  @Override
  protected final Tensor gradient(Tensor dy) {
    Shape in = Buffer.withBatch(dy.shape().dim(0), inputShape());
    return pass.backward(where(), dy, in, dy.shape());
  }
}
