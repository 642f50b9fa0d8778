package io.fovea.saving.json;

import java.util.List;
import java.util.Map;

/**
 * Writes the JSON that {@link Json} reads: maps (in their iteration order), lists, strings,
 * numbers, booleans and null. Doubles are written in their shortest round-trip form, with {@code
 * NaN} and infinities refused (JSON has none); integral values of integer types stay integral. The
 * one JSON writer of Fovea's file formats and CLI (internal).
 */
public final class JsonWriter {

  private JsonWriter() {}

  /** The compact JSON text of {@code value}. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON: expected a finite number, got " + d);
      }
      out.append(Double.toString(d));
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(": ");
        append(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        append(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "JSON: expected a map, list, string, number, boolean or null, got "
              + value.getClass().getSimpleName());
    }
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
