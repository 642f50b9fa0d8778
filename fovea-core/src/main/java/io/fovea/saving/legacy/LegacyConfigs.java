package io.fovea.saving.legacy;

import io.fovea.model.Sequential;
import io.fovea.saving.codec.CompileConfigWriter;
import io.fovea.saving.codec.ModelConfigWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keras 2 (tf.keras) spelling of what {@link ModelConfigWriter} and {@link CompileConfigWriter}
 * give in Keras 3 spelling, for legacy {@code .h5} files: objects are {@code {"class_name",
 * "config"}} without {@code module}, {@code registered_name} or {@code build_config}; {@code dtype}
 * is the plain string {@code "float32"}; the {@code InputLayer} has {@code batch_input_shape}; the
 * compile settings are a {@code training_config} with {@code optimizer_config}.
 */
final class LegacyConfigs {

  private LegacyConfigs() {}

  /** The {@code model_config} of {@code model}: {@code {"class_name": "Sequential", ...}}. */
  static Map<String, Object> model(Sequential model) {
    @SuppressWarnings("unchecked")
    Map<String, Object> legacy = (Map<String, Object>) keras2(ModelConfigWriter.model(model));
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) legacy.get("config");
    config.remove("trainable");
    config.remove("dtype");
    return legacy;
  }

  /** The {@code training_config} of a compiled {@code model}, or null when it is not compiled. */
  static Map<String, Object> training(Sequential model) {
    Map<String, Object> compile = CompileConfigWriter.of(model);
    if (compile == null) {
      return null;
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("loss", compile.get("loss"));
    t.put("metrics", compile.get("metrics"));
    t.put("weighted_metrics", null);
    t.put("loss_weights", null);
    t.put("optimizer_config", keras2(compile.get("optimizer")));
    return t;
  }

  /** {@code value} with Keras 3's extra object keys removed and dtype policies as strings. */
  private static Object keras2(Object value) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(keras2(v)));
      return out;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    if ("DTypePolicy".equals(map.get("class_name"))) {
      return "float32";
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          switch (key) {
            case "module", "registered_name", "build_config", "optional" -> {}
            case "batch_shape" -> out.put("batch_input_shape", keras2(v));
            default -> out.put(key, keras2(v));
          }
        });
    return out;
  }
}
