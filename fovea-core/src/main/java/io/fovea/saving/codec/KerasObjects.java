package io.fovea.saving.codec;

import io.fovea.constraints.Constraint;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Constant;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.initializers.RandomNormal;
import io.fovea.initializers.RandomUniform;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes the small objects inside Keras layer configs: activations (a name, or Keras 3's {@code
 * {"module": "keras.activations", "class_name": "function", "config": "relu"}}), initializers and
 * constraints ({@code {"class_name": "GlorotUniform", "config": {...}}}). Only names are looked up
 * in Fovea's registries; nothing is ever executed. Writes them back in Keras 3's spelling.
 */
public final class KerasObjects {

  private KerasObjects() {}

  /** Keras's {@code to_snake_case}: {@code GlobalMaxPooling2D} is {@code global_max_pooling2d}. */
  public static String snakeCase(String className) {
    String s = className.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
    return s.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The activation name of {@code value} (null is {@code linear}). */
  public static String activation(Object value, String where) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    Map<String, Object> m = KerasConfig.asMap(value, where + ": 'activation'");
    Object config = m.get("config");
    if (config instanceof String s) {
      return s;
    }
    Object className = m.get("class_name");
    if (className instanceof String s && !s.equals("function")) {
      // Layer-style activations such as {"class_name": "ReLU"} use the class name.
      return snakeCase(s).replace("re_lu", "relu");
    }
    throw new IllegalArgumentException(
        where + ": 'activation': expected a name, got " + KerasConfig.describe(value));
  }

  /**
   * The initializer {@code value} names, with its arguments where Fovea has them; {@code fallback}
   * when absent or unknown (the weights of a loaded model come from the file, not from here).
   */
  public static Initializer initializer(Object value, Initializer fallback) {
    if (value == null) {
      return fallback;
    }
    String name;
    KerasConfig args = new KerasConfig(Map.of(), "initializer");
    if (value instanceof String s) {
      name = s;
    } else if (value instanceof Map<?, ?> m && m.get("class_name") instanceof String cls) {
      name = snakeCase(cls);
      if (m.get("config") instanceof Map<?, ?> c) {
        args = new KerasConfig(KerasConfig.asMap(c, "initializer"), "initializer " + cls);
      }
    } else {
      return fallback;
    }
    return switch (name) {
      case "random_uniform" ->
          new RandomUniform(args.number("minval", -0.05), args.number("maxval", 0.05));
      case "random_normal" -> new RandomNormal(args.number("mean", 0), args.number("stddev", 0.05));
      case "constant" -> new Constant(args.number("value", 0));
      default -> Initializers.names().contains(name) ? Initializers.get(name) : fallback;
    };
  }

  /**
   * The constraint {@code value} names, or null.
   *
   * @throws IllegalArgumentException naming {@code where} for a constraint Fovea does not have
   */
  public static Constraint constraint(Object value, String where) {
    if (value == null) {
      return null;
    }
    String name;
    KerasConfig args = new KerasConfig(Map.of(), where);
    if (value instanceof String s) {
      name = s;
    } else {
      Map<String, Object> m = KerasConfig.asMap(value, where);
      name = snakeCase(String.valueOf(m.get("class_name")));
      if (m.get("config") instanceof Map<?, ?> c) {
        args = new KerasConfig(KerasConfig.asMap(c, where), where);
      }
    }
    return switch (name) {
      case "max_norm" -> Constraints.maxNorm(args.number("max_value", 2));
      case "min_max_norm" ->
          Constraints.minMaxNorm(args.number("min_value", 0), args.number("max_value", 1));
      default -> {
        try {
          yield Constraints.get(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    };
  }

  /** Keras 3's {@code {"module": "keras.initializers", "class_name": ..., "config": ...}}. */
  public static Map<String, Object> write(Initializer initializer) {
    return object("keras.initializers", initializer.className(), initializer.config());
  }

  /** Keras 3's object of {@code constraint}, or null for none. */
  public static Map<String, Object> write(Constraint constraint) {
    return constraint == null
        ? null
        : object("keras.constraints", constraint.className(), constraint.config());
  }

  /** Keras 3's serialized object {@code {"module", "class_name", "config", "registered_name"}}. */
  public static Map<String, Object> object(String module, String cls, Map<String, Object> config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("module", module);
    m.put("class_name", cls);
    m.put("config", new LinkedHashMap<>(config));
    m.put("registered_name", null);
    return m;
  }
}
