package io.fovea.nn;

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
   * The settings, with Keras's names: {@code filters}, the {@link Window2D} ({@code kernel_size},
   * {@code strides}, {@code padding}) and the {@link WeightSettings}; {@code name} and {@code
   * inputShape} may be null.
   */
  public record Config(
      String name, Shape inputShape, int filters, Window2D window, WeightSettings weights)
      implements Settings<Config> {

    /** Keras's defaults for {@code filters} square kernels of {@code kernelSize}. */
    public static Config of(int filters, int kernelSize) {
      return new Config(null, null, filters, Window2D.of(kernelSize, 1), WeightSettings.defaults());
    }

    public Config withName(String value) {
      return new Config(value, inputShape, filters, window, weights);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, filters, window, weights);
    }

    public Config withWindow(Window2D value) {
      return new Config(name, inputShape, filters, value, weights);
    }

    public Config withWeights(WeightSettings value) {
      return new Config(name, inputShape, filters, window, value);
    }

    @Override
    public Conv2D create() {
      return new Conv2D(this);
    }
  }

  /** {@code filters} square kernels of {@code kernelSize}, stride 1, {@code valid}, linear. */
  public Conv2D(int filters, int kernelSize) {
    this(Config.of(filters, kernelSize));
  }

  /** As {@link #Conv2D(int, int)} with square strides. */
  public Conv2D(int filters, int kernelSize, int stride) {
    this(Config.of(filters, kernelSize).withWindow(Window2D.of(kernelSize, stride)));
  }

  /** A layer with these settings. */
  public Conv2D(Config config) {
    super(config);
  }

  private Window2D window() {
    return settings().window();
  }

  private Conv2D window(String setter, Window2D next) {
    return update(setter, settings().withWindow(next));
  }

  /** A {@code height x width} kernel. */
  public Conv2D kernelSize(int height, int width) {
    return window("kernelSize", window().withSize(height, width));
  }

  /** The strides in both directions (default 1). */
  public Conv2D strides(int stride) {
    return strides(stride, stride);
  }

  /** The strides along height and width. */
  public Conv2D strides(int height, int width) {
    return window("strides", window().withStrides(height, width));
  }

  /** {@code "valid"} (default) or {@code "same"}. */
  public Conv2D padding(String value) {
    requireUnbuilt("padding");
    return padding(LayerSupport.padding(this, value, false));
  }

  /** {@code VALID} (default) or {@code SAME}. */
  public Conv2D padding(Padding value) {
    return window("padding", window().withPadding(value));
  }

  @Override
  void checkWindow(Config c) {
    LayerSupport.positive(this, "kernel height", c.window().height());
    LayerSupport.positive(this, "kernel width", c.window().width());
    LayerSupport.positive(this, "stride height", c.window().strideHeight());
    LayerSupport.positive(this, "stride width", c.window().strideWidth());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    LayerSupport.requireImage(this, in);
    Shape out = LayerSupport.outputSize(this, in, "kernel", window());
    return Shape.of(out.dim(0), out.dim(1), settings().filters());
  }

  @Override
  Shape kernelShape(Shape in) {
    return Shape.of(window().height(), window().width(), in.dim(2), settings().filters());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    // Computed per call (a few integers): a cached window would be state shared by threads.
    SlidingWindow sliding = LayerSupport.sliding(window(), inputShape());
    return convolve(sliding, x, Buffer.withBatch(x.shape().dim(0), outputShape()), training);
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
