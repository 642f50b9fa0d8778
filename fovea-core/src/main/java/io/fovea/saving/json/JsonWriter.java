package io.fovea.saving.json;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Writes the JSON that {@link Json} reads: maps (in their iteration order), lists, strings,
 * numbers, booleans and null. {@link #write} is compact, with doubles in their shortest round-trip
 * form and {@code NaN} and infinities refused (JSON has none); {@link #writeIndented} puts each map
 * entry on its own line, two spaces deeper per level, and writes doubles as the caller says.
 * Integral values of integer types stay integral. The one JSON writer of Fovea's file formats and
 * CLI (internal).
 */
public final class JsonWriter {

  private final boolean indented;
  private final DoubleFunction<String> doubles;
  private final StringBuilder out = new StringBuilder();

  private JsonWriter(boolean indented, DoubleFunction<String> doubles) {
    this.indented = indented;
    this.doubles = doubles;
  }

  /** The compact JSON text of {@code value}: {@code {"a": [1, 2.5], "b": null}}. */
  public static String write(Object value) {
    JsonWriter w = new JsonWriter(false, JsonWriter::finite);
    w.append(value, "");
    return w.out.toString();
  }

  /**
   * The JSON text of {@code value} with every map entry on its own line (two spaces per level,
   * lists kept on one line), each float and double written as {@code doubles} gives it (JSON text,
   * such as {@code "null"} for a non-finite value).
   */
  public static String writeIndented(Object value, DoubleFunction<String> doubles) {
    JsonWriter w = new JsonWriter(true, doubles);
    w.append(value, "");
    return w.out.toString();
  }

  /** The JSON string literal of {@code s}: quotes, backslashes and control characters escaped. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder();
    string(out, s);
    return out.toString();
  }

  private static String finite(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("JSON: expected a finite number, got " + d);
    }
    return Double.toString(d);
  }

  private void append(Object value, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      out.append(doubles.apply(n.doubleValue()));
    } else if (value instanceof Map<?, ?> map) {
      map(map, indent);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        append(list.get(i), indent);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "JSON: expected a map, list, string, number, boolean or null, got "
              + value.getClass().getSimpleName());
    }
  }

  private void map(Map<?, ?> map, String indent) {
    out.append('{');
    String inner = indented ? indent + "  " : indent;
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (indented) {
        out.append(first ? "\n" : ",\n").append(inner);
      } else {
        out.append(first ? "" : ", ");
      }
      first = false;
      string(out, String.valueOf(e.getKey()));
      out.append(": ");
      append(e.getValue(), inner);
    }
    out.append(indented && !map.isEmpty() ? "\n" + indent + "}" : "}");
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
