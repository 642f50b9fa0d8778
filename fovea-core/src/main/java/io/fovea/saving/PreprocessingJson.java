package io.fovea.saving;

import io.fovea.model.Preprocessing;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.saving.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link Preprocessing}, stored by Fovea beside the Keras config: the key
 * {@value #KEY} of a {@code .keras} archive's {@code metadata.json}, and the root attribute {@value
 * #KEY} of a legacy {@code .h5}. Keras ignores both. The object:
 *
 * <pre>{@code
 * {"scale": 0.00392156862745098, "offset": 0.0, "mode": null, "color_mode": "grayscale",
 *  "target_size": [28, 28], "class_names": ["T-shirt/top", "Trouser", ...]}
 * }</pre>
 */
final class PreprocessingJson {

  /** The metadata key and the HDF5 attribute name. */
  static final String KEY = "fovea_preprocessing";

  private PreprocessingJson() {}

  /** {@code p} as a JSON-ready map. */
  static Map<String, Object> toMap(Preprocessing p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scale", p.scale());
    m.put("offset", p.offset());
    m.put("mode", p.mode().keras());
    m.put("color_mode", p.colorMode().keras());
    m.put("target_size", List.of(p.height(), p.width()));
    m.put("class_names", p.classNames());
    return m;
  }

  /** {@code p} as compact JSON text. */
  static String write(Preprocessing p) {
    return JsonWriter.write(toMap(p));
  }

  /** The preprocessing in {@code value} (a parsed object); {@code where} names it in errors. */
  static Preprocessing fromMap(Object value, String where) throws KerasFileException {
    try {
      Map<String, Object> m = KerasConfig.asMap(value, where);
      List<Object> size = KerasConfig.asList(m.get("target_size"), where + ": 'target_size'");
      if (size.size() != 2) {
        throw new IllegalArgumentException(
            where + ": 'target_size': expected [height, width], got " + size);
      }
      List<String> names = new ArrayList<>();
      for (Object name : KerasConfig.asList(m.get("class_names"), where + ": 'class_names'")) {
        names.add(String.valueOf(name));
      }
      double scale = number(m, "scale", where);
      double offset = number(m, "offset", where);
      int h = integer(size.get(0), where);
      int w = integer(size.get(1), where);
      try {
        String mode = m.get("mode") instanceof String s ? s : null;
        return new Preprocessing(
            scale, offset, mode, String.valueOf(m.get("color_mode")), h, w, names);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    } catch (IllegalArgumentException e) {
      // Every message starts with where.
      throw new KerasFileException(e.getMessage(), e);
    }
  }

  /** The preprocessing in JSON {@code text}. */
  static Preprocessing parse(String text, String where) throws KerasFileException {
    try {
      return fromMap(Json.parse(text), where);
    } catch (Json.ParseException e) {
      throw new KerasFileException(where + ": malformed JSON: " + e.getMessage(), e);
    }
  }

  private static double number(Map<String, Object> m, String key, String where) {
    if (m.get(key) instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        where + ": '" + key + "': expected a number, got " + KerasConfig.describe(m.get(key)));
  }

  private static int integer(Object v, String where) {
    if (v instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    throw new IllegalArgumentException(
        where + ": 'target_size': expected integers, got " + KerasConfig.describe(v));
  }
}
