package io.fovea.saving.codec;

import io.fovea.model.Sequential;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.Optimizers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Internal: restores compile settings: the legacy {@code training_config} ({@code
 * optimizer_config}, {@code loss}, {@code metrics}) or Keras 3's {@code compile_config} ({@code
 * optimizer}, {@code loss}, {@code metrics}). As in Keras, a setting that cannot be restored (an
 * unknown optimizer, a loss with {@code from_logits}, several outputs) leaves the model uncompiled
 * rather than failing the load; the weights and predictions do not depend on it.
 */
public final class CompileConfigReader {

  private CompileConfigReader() {}

  /** Compiles {@code model} from {@code config}; returns whether it did. */
  public static boolean restore(Sequential model, Map<String, Object> config) {
    try {
      Object opt =
          config.containsKey("optimizer")
              ? config.get("optimizer")
              : config.get("optimizer_config");
      Optimizer optimizer = optimizer(opt);
      String loss = loss(config.get("loss"));
      if (optimizer == null || loss == null) {
        return false;
      }
      List<String> metrics = new ArrayList<>();
      collectMetrics(config.get("metrics"), metrics);
      model.compile(optimizer, loss, metrics.toArray(String[]::new));
      return true;
    } catch (IllegalArgumentException | ClassCastException e) {
      return false;
    }
  }

  private static Optimizer optimizer(Object value) {
    if (value instanceof String s) {
      return Optimizers.get(s.toLowerCase(Locale.ROOT));
    }
    if (!(value instanceof Map<?, ?> m) || !(m.get("class_name") instanceof String cls)) {
      return null;
    }
    Map<String, Object> settings = new HashMap<>();
    if (m.get("config") instanceof Map<?, ?> c) {
      c.forEach((k, v) -> settings.put(String.valueOf(k), v));
    }
    if (settings.get("learning_rate") == null && settings.get("lr") != null) {
      settings.put("learning_rate", settings.get("lr"));
    }
    // tf.keras 2.11+ writes its new optimizers as "Custom>Adam".
    String name = cls.startsWith("Custom>") ? cls.substring("Custom>".length()) : cls;
    settings.put("name", name.toLowerCase(Locale.ROOT));
    return Optimizers.fromConfig(settings);
  }

  private static String loss(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Map<?, ?> m && m.get("class_name") instanceof String cls) {
      if (m.get("config") instanceof Map<?, ?> c && Boolean.TRUE.equals(c.get("from_logits"))) {
        return null;
      }
      return KerasObjects.snakeCase(cls);
    }
    return null;
  }

  private static void collectMetrics(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectMetrics(v, out));
    } else if (value instanceof Map<?, ?> m) {
      if (m.get("config") instanceof Map<?, ?> c && c.get("name") instanceof String name) {
        out.add(name);
      } else if (m.get("class_name") instanceof String cls) {
        out.add(KerasObjects.snakeCase(cls));
      }
    }
  }
}
