package io.fovea.saving.codec;

import io.fovea.nn.AveragePooling2D;
import io.fovea.nn.GlobalAveragePooling2D;
import io.fovea.nn.GlobalMaxPooling2D;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.MaxPooling2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keras's pooling layers: {@code MaxPooling2D}, {@code AveragePooling2D} ({@code pool_size}, {@code
 * strides} defaulting to the pool size, {@code padding}) and the two global poolings ({@code
 * keepdims}). One codec class per family, as Keras's {@code BasePooling} and {@code
 * BaseGlobalPooling}; the four differ only in their names and records.
 */
final class PoolingCodecs {

  private PoolingCodecs() {}

  /** The window of a 2-D pooling: {@code [poolH, poolW, strideH, strideW]}. */
  private static int[] window(KerasConfig c) {
    c.requireChannelsLast();
    int[] p = c.ints("pool_size", 2, new int[] {2, 2});
    int[] s = c.ints("strides", 2, p);
    return new int[] {p[0], p[1], s[0], s[1]};
  }

  private static Map<String, Object> window(int ph, int pw, int sh, int sw, String padding) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("pool_size", KerasArgs.pair(ph, pw));
    c.put("padding", padding);
    c.put("strides", KerasArgs.pair(sh, sw));
    c.put("data_format", "channels_last");
    return c;
  }

  /** A layer without weights known by a class name, its aliases and its record. */
  private abstract static class Named<C extends LayerConfig> implements LayerCodec<C> {
    private final String className;
    private final String alias;
    private final Class<C> type;

    Named(String className, String alias, Class<C> type) {
      this.className = className;
      this.alias = alias;
      this.type = type;
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

  /** {@code MaxPooling2D} (also {@code MaxPool2D}). */
  static final class Max extends Named<MaxPooling2D.Config> {
    Max() {
      super("MaxPooling2D", "MaxPool2D", MaxPooling2D.Config.class);
    }

    @Override
    public MaxPooling2D.Config read(KerasConfig c) {
      int[] w = window(c);
      return new MaxPooling2D.Config(
          null, null, w[0], w[1], w[2], w[3], c.string("padding", "valid"));
    }

    @Override
    public Map<String, Object> write(MaxPooling2D.Config d) {
      return window(d.poolHeight(), d.poolWidth(), d.strideHeight(), d.strideWidth(), d.padding());
    }
  }

  /** {@code AveragePooling2D} (also {@code AvgPool2D}). */
  static final class Average extends Named<AveragePooling2D.Config> {
    Average() {
      super("AveragePooling2D", "AvgPool2D", AveragePooling2D.Config.class);
    }

    @Override
    public AveragePooling2D.Config read(KerasConfig c) {
      int[] w = window(c);
      return new AveragePooling2D.Config(
          null, null, w[0], w[1], w[2], w[3], c.string("padding", "valid"));
    }

    @Override
    public Map<String, Object> write(AveragePooling2D.Config d) {
      return window(d.poolHeight(), d.poolWidth(), d.strideHeight(), d.strideWidth(), d.padding());
    }
  }

  private static boolean keepdims(KerasConfig c) {
    c.requireChannelsLast();
    return c.flag("keepdims", false);
  }

  private static Map<String, Object> global(boolean keepdims) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("data_format", "channels_last");
    c.put("keepdims", keepdims);
    return c;
  }

  /** {@code GlobalAveragePooling2D} (also {@code GlobalAvgPool2D}). */
  static final class GlobalAverage extends Named<GlobalAveragePooling2D.Config> {
    GlobalAverage() {
      super("GlobalAveragePooling2D", "GlobalAvgPool2D", GlobalAveragePooling2D.Config.class);
    }

    @Override
    public GlobalAveragePooling2D.Config read(KerasConfig c) {
      return new GlobalAveragePooling2D.Config(null, null, keepdims(c));
    }

    @Override
    public Map<String, Object> write(GlobalAveragePooling2D.Config d) {
      return global(d.keepdims());
    }
  }

  /** {@code GlobalMaxPooling2D} (also {@code GlobalMaxPool2D}). */
  static final class GlobalMax extends Named<GlobalMaxPooling2D.Config> {
    GlobalMax() {
      super("GlobalMaxPooling2D", "GlobalMaxPool2D", GlobalMaxPooling2D.Config.class);
    }

    @Override
    public GlobalMaxPooling2D.Config read(KerasConfig c) {
      return new GlobalMaxPooling2D.Config(null, null, keepdims(c));
    }

    @Override
    public Map<String, Object> write(GlobalMaxPooling2D.Config d) {
      return global(d.keepdims());
    }
  }
}
