package io.fovea.saving.codec;

import io.fovea.initializers.Initializers;
import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code Conv2D} and {@code Conv1D}: filters, window, padding, activation, kernel and bias
 * settings. Dilation and groups other than 1 and {@code channels_first} are refused.
 */
final class ConvolutionCodecs {

  private ConvolutionCodecs() {}

  /** Keras's convolution arguments up to {@code activation}, in Keras's key order. */
  private static Map<String, Object> convolution(
      int filters,
      List<Object> kernel,
      List<Object> strides,
      String padding,
      List<Object> dilation,
      String activation) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("filters", filters);
    c.put("kernel_size", kernel);
    c.put("strides", strides);
    c.put("padding", padding);
    c.put("data_format", "channels_last");
    c.put("dilation_rate", dilation);
    c.put("groups", 1);
    c.put("activation", activation);
    return c;
  }

  private static void requireSupported(KerasConfig c, int rank) {
    c.requireChannelsLast();
    KerasArgs.requireOnes(c, "dilation_rate", rank);
    KerasArgs.requireOneGroup(c);
  }

  /** {@code Conv2D} (also spelled {@code Convolution2D}). */
  static final class Conv2DCodec implements LayerCodec<Conv2D.Config> {
    @Override
    public String className() {
      return "Conv2D";
    }

    @Override
    public List<String> aliases() {
      return List.of("Convolution2D");
    }

    @Override
    public Class<Conv2D.Config> configType() {
      return Conv2D.Config.class;
    }

    @Override
    public Conv2D.Config read(KerasConfig c) {
      requireSupported(c, 2);
      int[] k = c.ints("kernel_size", 2, null);
      int[] s = c.ints("strides", 2, new int[] {1, 1});
      return new Conv2D.Config(
          null,
          null,
          c.integer("filters", 0),
          k[0],
          k[1],
          s[0],
          s[1],
          c.string("padding", "valid"),
          c.activation("activation"),
          c.flag("use_bias", true),
          c.initializer("kernel_initializer", Initializers.glorotUniform()),
          c.initializer("bias_initializer", Initializers.get("zeros")),
          c.constraint("kernel_constraint"),
          c.constraint("bias_constraint"));
    }

    @Override
    public Map<String, Object> write(Conv2D.Config d) {
      Map<String, Object> c =
          convolution(
              d.filters(),
              KerasArgs.pair(d.kernelHeight(), d.kernelWidth()),
              KerasArgs.pair(d.strideHeight(), d.strideWidth()),
              d.padding(),
              KerasArgs.pair(1, 1),
              d.activation());
      KerasArgs.weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
      KerasArgs.constraints(c, d.kernelConstraint(), d.biasConstraint());
      return c;
    }

    @Override
    public List<String> weightNames(Conv2D.Config d) {
      return d.useBias() ? List.of("kernel", "bias") : List.of("kernel");
    }
  }

  /** {@code Conv1D} (also spelled {@code Convolution1D}). */
  static final class Conv1DCodec implements LayerCodec<Conv1D.Config> {
    @Override
    public String className() {
      return "Conv1D";
    }

    @Override
    public List<String> aliases() {
      return List.of("Convolution1D");
    }

    @Override
    public Class<Conv1D.Config> configType() {
      return Conv1D.Config.class;
    }

    @Override
    public Conv1D.Config read(KerasConfig c) {
      requireSupported(c, 1);
      return new Conv1D.Config(
          null,
          null,
          c.integer("filters", 0),
          c.ints("kernel_size", 1, null)[0],
          c.ints("strides", 1, new int[] {1})[0],
          c.string("padding", "valid"),
          c.activation("activation"),
          c.flag("use_bias", true),
          c.initializer("kernel_initializer", Initializers.glorotUniform()),
          c.initializer("bias_initializer", Initializers.get("zeros")),
          c.constraint("kernel_constraint"),
          c.constraint("bias_constraint"));
    }

    @Override
    public Map<String, Object> write(Conv1D.Config d) {
      Map<String, Object> c =
          convolution(
              d.filters(),
              List.of(d.kernelSize()),
              List.of(d.strides()),
              d.padding(),
              List.of(1),
              d.activation());
      KerasArgs.weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
      KerasArgs.constraints(c, d.kernelConstraint(), d.biasConstraint());
      return c;
    }

    @Override
    public List<String> weightNames(Conv1D.Config d) {
      return d.useBias() ? List.of("kernel", "bias") : List.of("kernel");
    }
  }
}
