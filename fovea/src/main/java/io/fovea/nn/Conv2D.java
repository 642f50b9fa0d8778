package io.fovea.nn;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraint;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.kernel.ConvGeometry;
import io.fovea.kernel.Padding;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
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
public final class Conv2D extends Layer implements ActivatedLayer, Constrained {

  /**
   * The settings, with Keras's names ({@code kernel_size} is {@code kernelHeight, kernelWidth});
   * {@code name}, {@code inputShape} and the constraints may be null.
   */
  public record Config(String name, Shape inputShape, int filters, int kernelHeight,
      int kernelWidth, int strideHeight, int strideWidth, String padding, String activation,
      boolean useBias, Initializer kernelInitializer, Initializer biasInitializer,
      Constraint kernelConstraint, Constraint biasConstraint) implements LayerConfig {

    /** Stores the activation's canonical Keras name ({@code null} is {@code linear}). */
    public Config {
      activation = Activations.get(activation).name();
    }

    /** Keras's defaults for {@code filters} square kernels of {@code kernelSize}. */
    public static Config of(int filters, int kernelSize) {
      return new Config(null, null, filters, kernelSize, kernelSize, 1, 1, "valid", "linear",
          true, Initializers.get("glorot_uniform"), Initializers.get("zeros"), null, null);
    }

    public Config withName(String value) {
      return new Config(value, inputShape, filters, kernelHeight, kernelWidth, strideHeight,
          strideWidth, padding, activation, useBias, kernelInitializer, biasInitializer,
          kernelConstraint, biasConstraint);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, filters, kernelHeight, kernelWidth, strideHeight,
          strideWidth, padding, activation, useBias, kernelInitializer, biasInitializer,
          kernelConstraint, biasConstraint);
    }

    /** The geometry at once: filters, kernel size, strides and padding. */
    public Config withGeometry(int newFilters, int newKernelHeight, int newKernelWidth,
        int newStrideHeight, int newStrideWidth, String newPadding) {
      return new Config(name, inputShape, newFilters, newKernelHeight, newKernelWidth,
          newStrideHeight, newStrideWidth, newPadding, activation, useBias, kernelInitializer,
          biasInitializer, kernelConstraint, biasConstraint);
    }

    /** The activation and the weights' settings at once. */
    public Config withWeights(String newActivation, boolean newUseBias, Initializer kernelInit,
        Initializer biasInit, Constraint kernelCons, Constraint biasCons) {
      return new Config(name, inputShape, filters, kernelHeight, kernelWidth, strideHeight,
          strideWidth, padding, newActivation, newUseBias, kernelInit, biasInit, kernelCons,
          biasCons);
    }

    @Override
    public Conv2D create() {
      return new Conv2D(this);
    }
  }

  private Config config;
  private Parameter kernel;
  private Parameter bias;
  private ConvPass pass;
  private ConvGeometry geometry;

  /** {@code filters} square kernels of {@code kernelSize}, stride 1, {@code valid}, linear. */
  public Conv2D(int filters, int kernelSize) {
    this(Config.of(filters, kernelSize));
  }

  /** As {@link #Conv2D(int, int)} with square strides. */
  public Conv2D(int filters, int kernelSize, int stride) {
    this(Config.of(filters, kernelSize).withGeometry(filters, kernelSize, kernelSize, stride,
        stride, "valid"));
  }

  /** A layer with these settings. */
  public Conv2D(Config config) {
    adopt(config);
  }

  /** A {@code height x width} kernel. */
  public Conv2D kernelSize(int height, int width) {
    Config c = config;
    return update("kernelSize", c.withGeometry(c.filters(), height, width, c.strideHeight(),
        c.strideWidth(), c.padding()));
  }

  /** The strides in both directions (default 1). */
  public Conv2D strides(int stride) {
    return strides(stride, stride);
  }

  /** The strides along height and width. */
  public Conv2D strides(int height, int width) {
    Config c = config;
    return update("strides", c.withGeometry(c.filters(), c.kernelHeight(), c.kernelWidth(),
        height, width, c.padding()));
  }

  /** {@code "valid"} (default) or {@code "same"}. */
  public Conv2D padding(String value) {
    Config c = config;
    return update("padding", c.withGeometry(c.filters(), c.kernelHeight(), c.kernelWidth(),
        c.strideHeight(), c.strideWidth(), value));
  }

  /** The activation by Keras name (default {@code linear}). */
  public Conv2D activation(String value) {
    Config c = config;
    return update("activation", c.withWeights(value, c.useBias(), c.kernelInitializer(),
        c.biasInitializer(), c.kernelConstraint(), c.biasConstraint()));
  }

  /** Whether to add a bias (default true). */
  public Conv2D useBias(boolean value) {
    Config c = config;
    return update("useBias", c.withWeights(c.activation(), value, c.kernelInitializer(),
        c.biasInitializer(), c.kernelConstraint(), c.biasConstraint()));
  }

  /** The kernel initializer by Keras name (default {@code glorot_uniform}). */
  public Conv2D kernelInitializer(String value) {
    return kernelInitializer(Initializers.get(value));
  }

  /** The kernel initializer. */
  public Conv2D kernelInitializer(Initializer value) {
    Config c = config;
    return update("kernelInitializer", c.withWeights(c.activation(), c.useBias(), value,
        c.biasInitializer(), c.kernelConstraint(), c.biasConstraint()));
  }

  /** The bias initializer by Keras name (default {@code zeros}). */
  public Conv2D biasInitializer(String value) {
    return biasInitializer(Initializers.get(value));
  }

  /** The bias initializer. */
  public Conv2D biasInitializer(Initializer value) {
    Config c = config;
    return update("biasInitializer", c.withWeights(c.activation(), c.useBias(),
        c.kernelInitializer(), value, c.kernelConstraint(), c.biasConstraint()));
  }

  /** The constraint applied to the kernel after each optimizer step, e.g. {@code maxNorm(3)}. */
  public Conv2D kernelConstraint(Constraint value) {
    Config c = config;
    return update("kernelConstraint", c.withWeights(c.activation(), c.useBias(),
        c.kernelInitializer(), c.biasInitializer(), value, c.biasConstraint()));
  }

  /** The kernel constraint by Keras name, e.g. {@code "max_norm"}. */
  public Conv2D kernelConstraint(String value) {
    return kernelConstraint(Constraints.get(value));
  }

  /** The bias constraint by Keras name. */
  public Conv2D biasConstraint(String value) {
    return biasConstraint(Constraints.get(value));
  }

  /** The constraint applied to the bias after each optimizer step. */
  public Conv2D biasConstraint(Constraint value) {
    Config c = config;
    return update("biasConstraint", c.withWeights(c.activation(), c.useBias(),
        c.kernelInitializer(), c.biasInitializer(), c.kernelConstraint(), value));
  }

  @Override
  public Conv2D name(String value) {
    return update("name", config.withName(value));
  }

  @Override
  public Conv2D inputShape(int... dims) {
    return update("inputShape", config.withInputShape(dims == null ? null : Shape.of(dims)));
  }

  private Conv2D update(String setter, Config next) {
    requireUnbuilt(setter);
    adopt(next);
    return this;
  }

  private void adopt(Config c) {
    LayerSupport.positive(this, "number of filters", c.filters());
    LayerSupport.positive(this, "kernel height", c.kernelHeight());
    LayerSupport.positive(this, "kernel width", c.kernelWidth());
    LayerSupport.positive(this, "stride height", c.strideHeight());
    LayerSupport.positive(this, "stride width", c.strideWidth());
    LayerSupport.padding(this, c.padding(), false);
    Activations.get(c.activation());
    setName(c.name());
    declareInputShape(c.inputShape());
    this.config = c;
  }

  @Override
  public Config config() {
    return config.withName(name());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    Config c = config;
    Padding padding = Padding.of(c.padding());
    String window = LayerSupport.window(c.kernelHeight(), c.kernelWidth());
    int outH = LayerSupport.outputLength(this, in, "kernel", window, in.dim(0), c.kernelHeight(),
        c.strideHeight(), padding);
    int outW = LayerSupport.outputLength(this, in, "kernel", window, in.dim(1), c.kernelWidth(),
        c.strideWidth(), padding);
    return Shape.of(outH, outW, c.filters());
  }

  @Override
  protected void createParameters(Shape in, Rng rng) {
    Config c = config;
    Shape kernelShape = Shape.of(c.kernelHeight(), c.kernelWidth(), in.dim(2), c.filters());
    kernel = addParameter("kernel", c.kernelInitializer().create(kernelShape, rng), true);
    if (c.useBias()) {
      bias = addParameter("bias", c.biasInitializer().create(Shape.of(c.filters()), rng), true);
    }
    pass = new ConvPass(Activations.get(c.activation()));
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    int batch = x.shape().dim(0);
    if (geometry == null || geometry.batch() != batch) {
      Shape in = inputShape();
      Config c = config;
      geometry = ConvGeometry.of(batch, in.dim(0), in.dim(1), in.dim(2), c.kernelHeight(),
          c.kernelWidth(), c.filters(), c.strideHeight(), c.strideWidth(),
          Padding.of(c.padding()));
    }
    return pass.forward(geometry, x, Buffers.withBatch(batch, outputShape()), kernel, bias);
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return pass.backward(where(), dy, kernel, bias);
  }

  @Override
  public String activationName() {
    return Activations.get(config.activation()).name();
  }

  @Override
  public Tensor logits() {
    return pass == null ? null : pass.logits(where());
  }

  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    return pass.backwardFromLogits(where(), dLogits, kernel, bias);
  }

  @Override
  public void applyConstraints() {
    if (config.kernelConstraint() != null) {
      config.kernelConstraint().apply(kernel.value());
    }
    if (config.biasConstraint() != null && bias != null) {
      config.biasConstraint().apply(bias.value());
    }
  }
}
