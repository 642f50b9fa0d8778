package io.fovea.saving.codec;

import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Window1D;
import io.fovea.nn.Window2D;
import io.fovea.tensor.Padding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's {@code Conv2D} and {@code Conv1D}: filters, window, padding, activation, kernel and bias
 * settings. Dilation and groups other than 1 and {@code channels_first} are refused.
 */
final class ConvolutionCodecs {

  private ConvolutionCodecs() {}

  /** Keras's convolution arguments before {@code activation}, in Keras's key order. */
  private static Map<String, Object> convolution(
      int filters,
      List<Object> kernel,
      List<Object> strides,
      String padding,
      List<Object> dilation) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("filters", filters);
    c.put("kernel_size", kernel);
    c.put("strides", strides);
    c.put("padding", padding);
    c.put("data_format", "channels_last");
    c.put("dilation_rate", dilation);
    c.put("groups", 1);
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
      int filters = c.integer("filters", 0);
      Padding padding = Padding.of(KerasArgs.padding(c, false));
      Window2D window = new Window2D(k[0], k[1], s[0], s[1], padding);
      return new Conv2D.Config(null, null, filters, window, KerasArgs.weights(c));
    }

    @Override
    public Map<String, Object> write(Conv2D.Config d) {
      Window2D w = d.window();
      Map<String, Object> c =
          convolution(
              d.filters(),
              KerasArgs.pair(w.height(), w.width()),
              KerasArgs.pair(w.strideHeight(), w.strideWidth()),
              w.padding().kerasName(),
              KerasArgs.pair(w.dilationHeight(), w.dilationWidth()));
      KerasArgs.weights(c, d.weights());
      return c;
    }

    @Override
    public List<String> weightNames(Conv2D.Config d) {
      return KerasArgs.weightNames(d.weights());
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
      int filters = c.integer("filters", 0);
      Window1D window =
          Window1D.of(c.ints("kernel_size", 1, null)[0])
              .withStride(c.ints("strides", 1, new int[] {1})[0])
              .withPaddingName(KerasArgs.padding(c, true));
      return new Conv1D.Config(null, null, filters, window, KerasArgs.weights(c));
    }

    @Override
    public Map<String, Object> write(Conv1D.Config d) {
      Window1D w = d.window();
      Map<String, Object> c =
          convolution(
              d.filters(),
              List.of(w.size()),
              List.of(w.stride()),
              w.paddingName(),
              List.of(w.dilation()));
      KerasArgs.weights(c, d.weights());
      return c;
    }

    @Override
    public List<String> weightNames(Conv1D.Config d) {
      return KerasArgs.weightNames(d.weights());
    }
  }
}
