package io.fovea.nn;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
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
   * The settings, with Keras's names; {@code name}, {@code inputShape} and the constraints may be
   * null.
   */
  public record Config(
      String name,
      Shape inputShape,
      int filters,
      int kernelSize,
      int strides,
      String padding,
      String activation,
      boolean useBias,
      Initializer kernelInitializer,
      Initializer biasInitializer,
      Constraint kernelConstraint,
      Constraint biasConstraint)
      implements Settings<Config> {

    /** Stores the activation's canonical Keras name ({@code null} is {@code linear}). */
    public Config {
      activation = Activations.get(activation).name();
    }

    /** Keras's defaults for {@code filters} kernels of {@code kernelSize}. */
    public static Config of(int filters, int kernelSize) {
      return new Config(
          null,
          null,
          filters,
          kernelSize,
          1,
          "valid",
          "linear",
          true,
          Initializers.get("glorot_uniform"),
          Initializers.get("zeros"),
          null,
          null);
    }

    public Config withName(String value) {
      return new Config(
          value,
          inputShape,
          filters,
          kernelSize,
          strides,
          padding,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    public Config withInputShape(Shape value) {
      return new Config(
          name,
          value,
          filters,
          kernelSize,
          strides,
          padding,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    /** The geometry at once: strides and padding. */
    public Config withGeometry(int newStrides, String newPadding) {
      return new Config(
          name,
          inputShape,
          filters,
          kernelSize,
          newStrides,
          newPadding,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    /** The activation and the weights' settings at once. */
    public Config withWeights(
        String newActivation,
        boolean newUseBias,
        Initializer kernelInit,
        Initializer biasInit,
        Constraint kernelCons,
        Constraint biasCons) {
      return new Config(
          name,
          inputShape,
          filters,
          kernelSize,
          strides,
          padding,
          newActivation,
          newUseBias,
          kernelInit,
          biasInit,
          kernelCons,
          biasCons);
    }

    @Override
    public Conv1D create() {
      return new Conv1D(this);
    }
  }

  private SlidingWindow window;
  private Shape windowInput;

  /** {@code filters} kernels of {@code kernelSize}, stride 1, {@code valid}, linear. */
  public Conv1D(int filters, int kernelSize) {
    this(Config.of(filters, kernelSize));
  }

  /** A layer with these settings. */
  public Conv1D(Config config) {
    super(config);
  }

  /** The stride (default 1). */
  public Conv1D strides(int value) {
    return update("strides", settings().withGeometry(value, settings().padding()));
  }

  /** {@code "valid"} (default), {@code "same"} or {@code "causal"}. */
  public Conv1D padding(String value) {
    return update("padding", settings().withGeometry(settings().strides(), value));
  }

  @Override
  void checkGeometry(Config c) {
    LayerSupport.positive(this, "kernel size", c.kernelSize());
    LayerSupport.positive(this, "stride", c.strides());
    LayerSupport.padding(this, c.padding(), true);
  }

  private boolean causal() {
    return "causal".equals(settings().padding());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireSequence(this, in);
    Config c = settings();
    int steps = in.dim(0);
    // Causal: k - 1 zeros before, then a valid convolution.
    int padded = causal() ? steps + c.kernelSize() - 1 : steps;
    Padding padding = Padding.of(causal() ? "valid" : c.padding());
    int out =
        LayerSupport.outputLength(
            this,
            in,
            "kernel",
            String.valueOf(c.kernelSize()),
            padded,
            c.kernelSize(),
            c.strides(),
            padding);
    return Shape.of(out, c.filters());
  }

  @Override
  Shape kernelShape(Shape in) {
    Config c = settings();
    return Shape.of(c.kernelSize(), in.dim(1), c.filters());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    int batch = x.shape().dim(0);
    Shape in = inputShape();
    Shape out = outputShape();
    Tensor y =
        convolve(
            window(),
            x.reshape(batch, 1, in.dim(0), in.dim(1)),
            Shape.of(batch, 1, out.dim(0), out.dim(1)));
    return y.reshape(batch, out.dim(0), out.dim(1));
  }

  /** The window as a 2-D convolution of height 1. */
  private SlidingWindow window() {
    if (window == null || !inputShape().equals(windowInput)) {
      Config c = settings();
      int k = c.kernelSize();
      int s = c.strides();
      window =
          causal()
              ? new SlidingWindow(1, k, 1, s, 0, 0, k - 1, 0)
              : SlidingWindow.of(1, k, 1, s, Padding.of(c.padding()), 1, inputShape().dim(0));
      windowInput = inputShape();
    }
    return window;
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
