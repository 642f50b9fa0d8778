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
 * A 2-D convolution over channels-last images, as Keras's {@code Conv2D}.
 *
 * <p>{@code y[b, i, j, f] = activation(bias[f] + sum over u, v, c of x[b, i * sh + u - padTop, j *
 * sw + v - padLeft, c] * kernel[u, v, c, f])}: a cross-correlation, as Keras computes it. With
 * {@code padding "valid"} (the default) {@code out = floor((in - k) / s) + 1}; with {@code "same"}
 * {@code out = ceil(in / s)}, zeros added as TensorFlow does (the odd one at the bottom/right).
 *
 * <p>Input {@code [batch, height, width, channels]}; parameters {@code kernel [kh, kw, channels,
 * filters]} (glorot_uniform) and {@code bias [filters]} (zeros, when {@code useBias}); output
 * {@code [batch, outH, outW, filters]}. A 3x3 kernel from 1 to 32 channels has 320 parameters.
 *
 * <pre>{@code
 * new Conv2D(32, 3).padding("same").activation("relu").inputShape(28, 28, 1)
 * new Conv2D(64, 3, 2).useBias(false).kernelInitializer("he_normal")
 * }</pre>
 */
public final class Conv2D extends ConvLayer<Conv2D.Config, Conv2D> {

  /**
   * The settings, with Keras's names ({@code kernel_size} is {@code kernelHeight, kernelWidth});
   * {@code name}, {@code inputShape} and the constraints may be null.
   */
  public record Config(
      String name,
      Shape inputShape,
      int filters,
      int kernelHeight,
      int kernelWidth,
      int strideHeight,
      int strideWidth,
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

    /** Keras's defaults for {@code filters} square kernels of {@code kernelSize}. */
    public static Config of(int filters, int kernelSize) {
      return new Config(
          null,
          null,
          filters,
          kernelSize,
          kernelSize,
          1,
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
          kernelHeight,
          kernelWidth,
          strideHeight,
          strideWidth,
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
          kernelHeight,
          kernelWidth,
          strideHeight,
          strideWidth,
          padding,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    /** The geometry at once: filters, kernel size, strides and padding. */
    public Config withGeometry(
        int newFilters,
        int newKernelHeight,
        int newKernelWidth,
        int newStrideHeight,
        int newStrideWidth,
        String newPadding) {
      return new Config(
          name,
          inputShape,
          newFilters,
          newKernelHeight,
          newKernelWidth,
          newStrideHeight,
          newStrideWidth,
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
          kernelHeight,
          kernelWidth,
          strideHeight,
          strideWidth,
          padding,
          newActivation,
          newUseBias,
          kernelInit,
          biasInit,
          kernelCons,
          biasCons);
    }

    @Override
    public Conv2D create() {
      return new Conv2D(this);
    }
  }

  private SlidingWindow window;
  private Shape windowInput;

  /** {@code filters} square kernels of {@code kernelSize}, stride 1, {@code valid}, linear. */
  public Conv2D(int filters, int kernelSize) {
    this(Config.of(filters, kernelSize));
  }

  /** As {@link #Conv2D(int, int)} with square strides. */
  public Conv2D(int filters, int kernelSize, int stride) {
    this(
        Config.of(filters, kernelSize)
            .withGeometry(filters, kernelSize, kernelSize, stride, stride, "valid"));
  }

  /** A layer with these settings. */
  public Conv2D(Config config) {
    super(config);
  }

  /** A {@code height x width} kernel. */
  public Conv2D kernelSize(int height, int width) {
    Config c = settings();
    return update(
        "kernelSize",
        c.withGeometry(c.filters(), height, width, c.strideHeight(), c.strideWidth(), c.padding()));
  }

  /** The strides in both directions (default 1). */
  public Conv2D strides(int stride) {
    return strides(stride, stride);
  }

  /** The strides along height and width. */
  public Conv2D strides(int height, int width) {
    Config c = settings();
    return update(
        "strides",
        c.withGeometry(c.filters(), c.kernelHeight(), c.kernelWidth(), height, width, c.padding()));
  }

  /** {@code "valid"} (default) or {@code "same"}. */
  public Conv2D padding(String value) {
    Config c = settings();
    return update(
        "padding",
        c.withGeometry(
            c.filters(),
            c.kernelHeight(),
            c.kernelWidth(),
            c.strideHeight(),
            c.strideWidth(),
            value));
  }

  @Override
  void checkGeometry(Config c) {
    LayerSupport.positive(this, "kernel height", c.kernelHeight());
    LayerSupport.positive(this, "kernel width", c.kernelWidth());
    LayerSupport.positive(this, "stride height", c.strideHeight());
    LayerSupport.positive(this, "stride width", c.strideWidth());
    LayerSupport.padding(this, c.padding(), false);
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    Config c = settings();
    Padding padding = Padding.of(c.padding());
    String window = LayerSupport.window(c.kernelHeight(), c.kernelWidth());
    int outH =
        LayerSupport.outputLength(
            this, in, "kernel", window, in.dim(0), c.kernelHeight(), c.strideHeight(), padding);
    int outW =
        LayerSupport.outputLength(
            this, in, "kernel", window, in.dim(1), c.kernelWidth(), c.strideWidth(), padding);
    return Shape.of(outH, outW, c.filters());
  }

  @Override
  Shape kernelShape(Shape in) {
    Config c = settings();
    return Shape.of(c.kernelHeight(), c.kernelWidth(), in.dim(2), c.filters());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    Shape in = inputShape();
    if (window == null || !in.equals(windowInput)) {
      Config c = settings();
      window =
          SlidingWindow.of(
              c.kernelHeight(),
              c.kernelWidth(),
              c.strideHeight(),
              c.strideWidth(),
              Padding.of(c.padding()),
              in.dim(0),
              in.dim(1));
      windowInput = in;
    }
    return convolve(window, x, Buffer.withBatch(x.shape().dim(0), outputShape()));
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return convolveBackward(dy);
  }

  @Override
  public Tensor logits() {
    return lastLogits();
  }

  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    return convolveBackwardFromLogits(dLogits);
  }
}
