package io.fovea.saving.codec;

import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one parsed Keras JSON object ({@code config} of a layer, say), with {@code
 * where} (e.g. {@code layer 'conv2d' (Conv2D)}) in every error. Keras 2 and Keras 3 spellings are
 * both accepted: an int or a list for sizes, and serialized objects for activations.
 */
public final class KerasConfig {

  private final Map<String, Object> map;
  private final String where;

  /** Reads {@code map}; {@code where} starts every error message. */
  public KerasConfig(Map<String, Object> map, String where) {
    this.map = map;
    this.where = where;
  }

  /** The object {@code value} as a map, or an error naming {@code where}. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(Object value, String where) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException(where + ": expected a JSON object, got " + describe(value));
  }

  /** The array {@code value} as a list, or an error naming {@code where}. */
  @SuppressWarnings("unchecked")
  public static List<Object> asList(Object value, String where) {
    if (value instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new IllegalArgumentException(where + ": expected a JSON array, got " + describe(value));
  }

  /** Where this object is, for messages: {@code layer 'conv2d' (Conv2D, layer 1)}. */
  public String where() {
    return where;
  }

  /** Whether {@code key} is present and not null. */
  public boolean has(String key) {
    return map.get(key) != null;
  }

  /** The parsed value of {@code key} (map, list, string, number, boolean) or null. */
  public Object raw(String key) {
    return map.get(key);
  }

  /** The string {@code key}, or {@code fallback} when absent. */
  public String string(String key, String fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof String s) {
      return s;
    }
    throw wrong(key, "a string", v);
  }

  /** The integer {@code key}, or {@code fallback} when absent. */
  public int integer(String key, int fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    return toInt(key, v);
  }

  /** The number {@code key}, or {@code fallback} when absent. */
  public double number(String key, double fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw wrong(key, "a number", v);
  }

  /** The boolean {@code key}, or {@code fallback} when absent. */
  public boolean flag(String key, boolean fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrong(key, "true or false", v);
  }

  /** The activation name of {@code key} (see {@link KerasObjects#activation}); null is linear. */
  public String activation(String key) {
    return KerasObjects.activation(map.get(key), where);
  }

  /** The initializer of {@code key}, or {@code fallback} (see {@link KerasObjects#initializer}). */
  public Initializer initializer(String key, Initializer fallback) {
    return KerasObjects.initializer(map.get(key), fallback);
  }

  /** The constraint of {@code key}, or null (see {@link KerasObjects#constraint}). */
  public Constraint constraint(String key) {
    return KerasObjects.constraint(map.get(key), where);
  }

  /** Refuses a {@code data_format} other than {@code channels_last} (Fovea's only layout). */
  public void requireChannelsLast() {
    String format = string("data_format", "channels_last");
    if (!format.equals("channels_last")) {
      throw new IllegalArgumentException(
          where + ": expected data_format 'channels_last', got '" + format + "'");
    }
  }

  /** An int or a list of {@code n} ints (Keras's {@code kernel_size: 3} or {@code [3, 3]}). */
  public int[] ints(String key, int n, int[] fallback) {
    Object v = map.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number) {
      int[] out = new int[n];
      java.util.Arrays.fill(out, toInt(key, v));
      return out;
    }
    List<Object> list = asList(v, where + ": '" + key + "'");
    if (list.size() != n) {
      throw wrong(key, n + " integers", v);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = toInt(key, list.get(i));
    }
    return out;
  }

  /**
   * A batch shape such as {@code [null, 32, 32, 3]} as the per-sample dims {@code [32, 32, 3]}, or
   * null when absent.
   */
  public int[] sampleShape(String key) {
    Object v = map.get(key);
    if (v == null) {
      return null;
    }
    List<Object> list = asList(v, where + ": '" + key + "'");
    if (list.isEmpty()) {
      throw wrong(key, "a batch shape [null, ...]", v);
    }
    int[] dims = new int[list.size() - 1];
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new IllegalArgumentException(
            where + ": '" + key + "': expected fixed sizes after the batch axis, got " + v);
      }
      dims[i - 1] = toInt(key, list.get(i));
    }
    return dims;
  }

  private int toInt(String key, Object v) {
    if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
      return d.intValue();
    }
    throw wrong(key, "an integer", v);
  }

  private IllegalArgumentException wrong(String key, String expected, Object got) {
    return new IllegalArgumentException(
        where + ": '" + key + "': expected " + expected + ", got " + describe(got));
  }

  /** {@code v} for messages: quoted when a string, cut at 80 characters. */
  public static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    String s = String.valueOf(v);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
