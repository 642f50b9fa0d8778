package io.fovea.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --json} output of {@code train} and {@code evaluate}: maps (in iteration order),
 * lists, strings, numbers, booleans and null, indented two spaces per level for maps. Non-finite
 * numbers (a diverged loss) are written as null, since JSON has no NaN.
 */
final class CliJson {

  private CliJson() {}

  /** The JSON text of {@code value} with a final newline. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, "");
    return out.append(System.lineSeparator()).toString();
  }

  private static void append(StringBuilder out, Object value, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      out.append(quote(s));
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      out.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String inner = indent + "  ";
      String sep = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep).append(inner).append(quote(String.valueOf(e.getKey())));
        out.append(": ");
        append(out, e.getValue(), inner);
        sep = ",\n";
      }
      out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        append(out, list.get(i), indent);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException(
          "JSON: expected a map, list, string, number, boolean or null, got "
              + value.getClass().getSimpleName());
    }
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
