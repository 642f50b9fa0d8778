package io.fovea.cli;

/**
 * Makes text that comes from a file (class names, layer names, a model's name) safe to print on a
 * terminal: control characters, including the escape that starts an ANSI sequence, and the Unicode
 * controls that reorder or hide text are written as {@code \xNN} or {@code \}{@code uNNNN}, so that
 * a model file can neither move the cursor, recolour the screen nor fake a line of output.
 */
final class CliText {

  private CliText() {}

  /** {@code text} with every control character escaped, newlines included. */
  static String safe(String text) {
    return escape(text, false);
  }

  /** {@code text} with every control character but the line breaks escaped (tables, messages). */
  static String safeLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null) {
      return "null";
    }
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = !isControl(c) || (keepLines && (c == '\n' || c == '\r' && next(text, i)));
      if (keep) {
        if (s != null) {
          s.append(c);
        }
        continue;
      }
      if (s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      s.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
    }
    return s == null ? text : s.toString();
  }

  /** Whether a carriage return at {@code i} starts a Windows line break. */
  private static boolean next(String text, int i) {
    return i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  private static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        // Bidirectional overrides and isolates (the "Trojan Source" characters), zero-width
        // characters, the line and paragraph separators, and the byte-order mark.
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xfeff;
  }
}
