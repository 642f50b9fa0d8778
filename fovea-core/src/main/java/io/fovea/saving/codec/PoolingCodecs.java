package io.fovea.saving.codec;

import io.fovea.nn.GlobalPooling2D;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.PoolMode;
import io.fovea.nn.Pooling2D;
import io.fovea.nn.Window2D;
import io.fovea.tensor.Padding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's pooling layers: {@code MaxPooling2D}, {@code AveragePooling2D} ({@code pool_size}, {@code
 * strides} defaulting to the pool size, {@code padding}) and the two global poolings ({@code
 * keepdims}). One codec class per family, as Keras's {@code BasePooling} and {@code
 * BaseGlobalPooling}; the two of a family share one record and differ in its {@link PoolMode}.
 */
final class PoolingCodecs {

  private PoolingCodecs() {}

  /** {@code MaxPooling2D} (also {@code MaxPool2D}). */
  static LayerCodec<Pooling2D.Config> max() {
    return new Windowed("MaxPooling2D", "MaxPool2D", PoolMode.MAX);
  }

  /** {@code AveragePooling2D} (also {@code AvgPool2D}). */
  static LayerCodec<Pooling2D.Config> average() {
    return new Windowed("AveragePooling2D", "AvgPool2D", PoolMode.AVERAGE);
  }

  /** {@code GlobalAveragePooling2D} (also {@code GlobalAvgPool2D}). */
  static LayerCodec<GlobalPooling2D.Config> globalAverage() {
    return new Global("GlobalAveragePooling2D", "GlobalAvgPool2D", PoolMode.AVERAGE);
  }

  /** {@code GlobalMaxPooling2D} (also {@code GlobalMaxPool2D}). */
  static LayerCodec<GlobalPooling2D.Config> globalMax() {
    return new Global("GlobalMaxPooling2D", "GlobalMaxPool2D", PoolMode.MAX);
  }

  /** A pooling codec known by a class name, an alias, its record and the mode it writes. */
  private abstract static class Named<C extends LayerConfig> implements LayerCodec<C> {
    private final String className;
    private final String alias;
    private final Class<C> type;
    final PoolMode mode;

    Named(String className, String alias, Class<C> type, PoolMode mode) {
      this.className = className;
      this.alias = alias;
      this.type = type;
      this.mode = mode;
    }

    @Override
    public String className() {
      return className;
    }

    @Override
    public List<String> aliases() {
      return List.of(alias);
    }

    @Override
    public Class<C> configType() {
      return type;
    }
  }

  /** A pooling over windows. */
  private static final class Windowed extends Named<Pooling2D.Config> {
    Windowed(String className, String alias, PoolMode mode) {
      super(className, alias, Pooling2D.Config.class, mode);
    }

    @Override
    public boolean writes(Pooling2D.Config config) {
      return config.mode() == mode;
    }

    @Override
    public Pooling2D.Config read(KerasConfig c) {
      c.requireChannelsLast();
      int[] p = c.ints("pool_size", 2, new int[] {2, 2});
      int[] s = c.ints("strides", 2, p);
      Padding padding = Padding.of(KerasArgs.padding(c, false));
      return new Pooling2D.Config(null, null, mode, new Window2D(p[0], p[1], s[0], s[1], padding));
    }

    @Override
    public Map<String, Object> write(Pooling2D.Config d) {
      Window2D w = d.window();
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("pool_size", KerasArgs.pair(w.height(), w.width()));
      c.put("padding", w.padding().kerasName());
      c.put("strides", KerasArgs.pair(w.strideHeight(), w.strideWidth()));
      c.put("data_format", "channels_last");
      return c;
    }
  }

  /** A pooling over the whole image. */
  private static final class Global extends Named<GlobalPooling2D.Config> {
    Global(String className, String alias, PoolMode mode) {
      super(className, alias, GlobalPooling2D.Config.class, mode);
    }

    @Override
    public boolean writes(GlobalPooling2D.Config config) {
      return config.mode() == mode;
    }

    @Override
    public GlobalPooling2D.Config read(KerasConfig c) {
      c.requireChannelsLast();
      return new GlobalPooling2D.Config(null, null, mode, c.flag("keepdims", false));
    }

    @Override
    public Map<String, Object> write(GlobalPooling2D.Config d) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("data_format", "channels_last");
      c.put("keepdims", d.keepdims());
      return c;
    }
  }
}
