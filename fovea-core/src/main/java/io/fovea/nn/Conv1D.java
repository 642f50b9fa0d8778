package io.fovea.nn;

import io.fovea.tensor.Padding;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * A 1-D convolution over channels-last sequences, as Keras's {@code Conv1D}: the course's 1-D
 * convolution of a signal with a kernel, run by the 2-D kernels as an image of height 1 (views, no
 * copies).
 *
 * <p>{@code y[b, t, f] = activation(bias[f] + sum over u, c of x[b, t * s + u - padLeft, c] *
 * kernel[u, c, f])}, a cross-correlation as Keras computes it. {@code padding "valid"} (the
 * default): {@code out = floor((steps - k) / s) + 1}; {@code "same"}: {@code out = ceil(steps /
 * s)}, zeros split as TensorFlow does; {@code "causal"}: {@code k - 1} zeros before the sequence
 * only, so that output {@code t} sees no input after {@code t}, {@code out = floor((steps - 1) / s)
 * + 1}.
 *
 * <p>Input {@code [batch, steps, channels]}; parameters {@code kernel [k, channels, filters]}
 * (glorot_uniform) and {@code bias [filters]} (zeros, when {@code useBias}); output {@code [batch,
 * outSteps, filters]}.
 *
 * <pre>{@code
 * new Conv1D(16, 3).padding("causal").activation("relu").inputShape(100, 1)
 * }</pre>
 */
public final class Conv1D extends ConvLayer<Conv1D.Config, Conv1D> {

  /**
   * The settings, with Keras's names: {@code filters}, the {@link Window1D} ({@code kernel_size},
   * {@code strides}, {@code padding}) and the {@link WeightSettings}; {@code name} and {@code
   * inputShape} may be null.
   */
  public record Config(
      String name, Shape inputShape, int filters, Window1D window, WeightSettings weights)
      implements Settings<Config> {

    /** Keras's defaults for {@code filters} kernels of {@code kernelSize}. */
    public static Config of(int filters, int kernelSize) {
      return new Config(null, null, filters, Window1D.of(kernelSize), WeightSettings.defaults());
    }

    public Config withName(String value) {
      return new Config(value, inputShape, filters, window, weights);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, filters, window, weights);
    }

    public Config withWindow(Window1D value) {
      return new Config(name, inputShape, filters, value, weights);
    }

    public Config withWeights(WeightSettings value) {
      return new Config(name, inputShape, filters, window, value);
    }

    @Override
    public Conv1D create() {
      return new Conv1D(this);
    }
  }

  /** {@code filters} kernels of {@code kernelSize}, stride 1, {@code valid}, linear. */
  public Conv1D(int filters, int kernelSize) {
    this(Config.of(filters, kernelSize));
  }

  /** A layer with these settings. */
  public Conv1D(Config config) {
    super(config);
  }

  private Window1D window() {
    return settings().window();
  }

  /** The stride (default 1). */
  public Conv1D strides(int value) {
    return update("strides", settings().withWindow(window().withStride(value)));
  }

  /** {@code "valid"} (default), {@code "same"} or {@code "causal"}. */
  public Conv1D padding(String value) {
    requireUnbuilt("padding");
    LayerSupport.padding(this, value, true);
    return update("padding", settings().withWindow(window().withPaddingName(value)));
  }

  /** {@code VALID} (default) or {@code SAME}; {@code padding("causal")} for causal. */
  public Conv1D padding(Padding value) {
    return update("padding", settings().withWindow(window().withPadding(value)));
  }

  @Override
  void checkWindow(Config c) {
    LayerSupport.positive(this, "kernel size", c.window().size());
    LayerSupport.positive(this, "stride", c.window().stride());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireSequence(this, in);
    Window1D w = window();
    int steps = in.dim(0);
    // Causal: k - 1 zeros before, then a valid convolution.
    int padded = w.causal() ? steps + w.size() - 1 : steps;
    int out =
        LayerSupport.outputLength(
            this,
            in,
            "kernel",
            String.valueOf(w.size()),
            padded,
            w.size(),
            w.stride(),
            w.padding());
    return Shape.of(out, settings().filters());
  }

  @Override
  Shape kernelShape(Shape in) {
    return Shape.of(window().size(), in.dim(1), settings().filters());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    int batch = x.shape().dim(0);
    Shape in = inputShape();
    Shape out = outputShape();
    Tensor y =
        convolve(
            sliding(),
            x.reshape(batch, 1, in.dim(0), in.dim(1)),
            Shape.of(batch, 1, out.dim(0), out.dim(1)),
            training);
    return y.reshape(batch, out.dim(0), out.dim(1));
  }

  /**
   * The window as a 2-D convolution of height 1; computed per call (a few integers), as a cached
   * window would be state shared by threads.
   */
  private SlidingWindow sliding() {
    Window1D w = window();
    int k = w.size();
    int s = w.stride();
    return w.causal()
        ? new SlidingWindow(1, k, 1, s, 0, 0, k - 1, 0)
        : SlidingWindow.of(1, k, 1, s, w.padding(), 1, inputShape().dim(0));
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return asSequence(convolveBackward(asImage(dy)));
  }

  private static Tensor asImage(Tensor t) {
    int[] d = t.shape().dims();
    return t.reshape(d[0], 1, d[1], d[2]);
  }

  private static Tensor asSequence(Tensor t) {
    int[] d = t.shape().dims();
    return t.reshape(d[0], d[2], d[3]);
  }

  @Override
  public Tensor logits() {
    Tensor z = lastLogits();
    return z == null ? null : asSequence(z);
  }

  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    return asSequence(convolveBackwardFromLogits(asImage(dLogits)));
  }
}
