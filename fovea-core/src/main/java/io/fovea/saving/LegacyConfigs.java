package io.fovea.saving;

import io.fovea.model.Sequential;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keras 2 (tf.keras) spelling of what {@link KerasLayerConfigs} and {@link KerasCompileConfig}
 * give in Keras 3 spelling, for legacy {@code .h5} files: objects are {@code {"class_name",
 * "config"}} without {@code module}, {@code registered_name} or {@code build_config}; {@code dtype}
 * is the plain string {@code "float32"}; the {@code InputLayer} has {@code batch_input_shape}; the
 * compile settings are a {@code training_config} with {@code optimizer_config}. Also the legacy
 * weight names of a layer ({@code kernel:0}, {@code bias:0}, ...).
 */
final class LegacyConfigs {

  private LegacyConfigs() {}

  /** The {@code model_config} of {@code model}: {@code {"class_name": "Sequential", ...}}. */
  static Map<String, Object> model(Sequential model) {
    @SuppressWarnings("unchecked")
    Map<String, Object> legacy = (Map<String, Object>) keras2(KerasLayerConfigs.model(model));
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) legacy.get("config");
    config.remove("trainable");
    config.remove("dtype");
    return legacy;
  }

  /** The {@code training_config} of a compiled {@code model}, or null when it is not compiled. */
  static Map<String, Object> training(Sequential model) {
    Map<String, Object> compile = KerasCompileConfig.of(model);
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

  /**
   * Keras's names of the weights of {@code layer} in legacy order (trainable, then non-trainable),
   * without the layer prefix: {@code kernel:0}, {@code bias:0}, BatchNormalization's {@code
   * gamma:0, beta:0, moving_mean:0, moving_variance:0} (less gamma or beta when not scaled or
   * centred); {@code param_<i>:0} for a layer Keras has no names for.
   */
  static List<String> weightNames(Layer layer) {
    LayerConfig c = layer.config();
    List<String> names = new ArrayList<>();
    if (c instanceof Dense.Config || c instanceof Conv2D.Config || c instanceof Conv1D.Config) {
      names.add("kernel");
      names.add("bias");
    } else if (c instanceof BatchNormalization.Config bn) {
      if (bn.scale()) {
        names.add("gamma");
      }
      if (bn.center()) {
        names.add("beta");
      }
      names.add("moving_mean");
      names.add("moving_variance");
    }
    int count = layer.getWeights().size();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add((i < names.size() ? names.get(i) : "param_" + i) + ":0");
    }
    return out;
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
