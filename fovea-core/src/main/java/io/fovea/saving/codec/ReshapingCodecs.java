package io.fovea.saving.codec;

import io.fovea.nn.Flatten;
import io.fovea.nn.ZeroPadding2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keras's layers that only move values: {@code Flatten} and {@code ZeroPadding2D}. */
final class ReshapingCodecs {

  private ReshapingCodecs() {}

  /** {@code Flatten}: no arguments besides {@code data_format}. */
  static final class FlattenCodec implements LayerCodec<Flatten.Config> {
    @Override
    public String className() {
      return "Flatten";
    }

    @Override
    public Class<Flatten.Config> configType() {
      return Flatten.Config.class;
    }

    @Override
    public Flatten.Config read(KerasConfig c) {
      c.requireChannelsLast();
      return new Flatten.Config(null, null);
    }

    @Override
    public Map<String, Object> write(Flatten.Config d) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("data_format", "channels_last");
      return c;
    }
  }

  /**
   * {@code ZeroPadding2D}: {@code padding} as {@code [[top, bottom], [left, right]]}, {@code [h,
   * w]} or one int.
   */
  static final class ZeroPaddingCodec implements LayerCodec<ZeroPadding2D.Config> {
    @Override
    public String className() {
      return "ZeroPadding2D";
    }

    @Override
    public Class<ZeroPadding2D.Config> configType() {
      return ZeroPadding2D.Config.class;
    }

    @Override
    public ZeroPadding2D.Config read(KerasConfig c) {
      c.requireChannelsLast();
      Object p = c.raw("padding");
      if (p instanceof List<?> l && l.size() == 2 && l.get(0) instanceof List<?>) {
        int[] rows = new KerasConfig(Map.of("p", l.get(0)), c.where()).ints("p", 2, null);
        int[] cols = new KerasConfig(Map.of("p", l.get(1)), c.where()).ints("p", 2, null);
        return new ZeroPadding2D.Config(null, null, rows[0], rows[1], cols[0], cols[1]);
      }
      int[] hw = c.ints("padding", 2, new int[] {1, 1});
      return new ZeroPadding2D.Config(null, null, hw[0], hw[0], hw[1], hw[1]);
    }

    @Override
    public Map<String, Object> write(ZeroPadding2D.Config d) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put(
          "padding",
          List.of(KerasArgs.pair(d.top(), d.bottom()), KerasArgs.pair(d.left(), d.right())));
      c.put("data_format", "channels_last");
      return c;
    }
  }
}
