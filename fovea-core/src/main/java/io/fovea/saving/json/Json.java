package io.fovea.saving.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for Keras configs: objects become {@code Map<String,
 * Object>} in file order, arrays {@code List<Object>}, numbers {@code Long} when integral and
 * written without fraction or exponent and {@code Double} otherwise, plus {@code String}, {@code
 * Boolean} and {@code null}. Nothing is interpreted beyond that. Python's {@code NaN} and {@code
 * Infinity}, which Keras can emit for float settings, are accepted as numbers. Internal to Fovea's
 * file formats and CLI.
 */
public final class Json {

  /** Malformed JSON; {@link #offset()} is the character index where reading stopped. */
  public static final class ParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    ParseException(String message, int offset) {
      super(message + " at character " + offset);
      this.offset = offset;
    }

    /** The character index where reading stopped. */
    public int offset() {
      return offset;
    }
  }

  private static final int MAX_DEPTH = 512;

  private final String text;
  private int pos;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  /**
   * The value of the JSON document {@code text}.
   *
   * @throws ParseException with the character offset for malformed input or trailing characters
   */
  public static Object parse(String text) {
    Json reader = new Json(text);
    reader.skipSpace();
    Object value = reader.value();
    reader.skipSpace();
    if (reader.pos != text.length()) {
      throw reader.error("expected the end of the document, got '" + text.charAt(reader.pos) + "'");
    }
    return value;
  }

  private Object value() {
    if (pos >= text.length()) {
      throw error("expected a value, got the end of the text");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      case 'N' -> literal("NaN", Double.NaN);
      case 'I' -> literal("Infinity", Double.POSITIVE_INFINITY);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("expected a value, got '" + c + "'");
      }
    };
  }

  private Map<String, Object> object() {
    enter();
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      depth--;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      int keyAt = pos;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (map.containsKey(key)) {
        throw new ParseException("duplicate key '" + key + "'", keyAt);
      }
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        depth--;
        return Collections.unmodifiableMap(map);
      }
    }
  }

  private List<Object> array() {
    enter();
    pos++;
    List<Object> list = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      depth--;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipSpace();
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        depth--;
        return Collections.unmodifiableList(list);
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("expected a closing '\"', got the end of the text");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw new ParseException("control character in a string", pos - 1);
      }
      sb.append(c == '\\' ? escape() : c);
    }
  }

  private char escape() {
    if (pos >= text.length()) {
      throw error("expected an escape, got the end of the text");
    }
    char e = text.charAt(pos++);
    return switch (e) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicode();
      default -> throw new ParseException("unknown escape '\\" + e + "'", pos - 2);
    };
  }

  private char unicode() {
    if (pos + 4 > text.length()) {
      throw error("expected 4 hex digits after \\u");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos + i), 16);
      if (d < 0) {
        throw new ParseException("expected 4 hex digits after \\u", pos + i);
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
      if (text.startsWith("Infinity", pos)) {
        pos += 8;
        return Double.NEGATIVE_INFINITY;
      }
    }
    if (peek() == '0') {
      pos++;
    } else if (!digits()) {
      throw error("expected a digit");
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      integral = false;
      if (!digits()) {
        throw error("expected a digit after '.'");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      integral = false;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!digits()) {
        throw error("expected a digit in the exponent");
      }
    }
    String s = text.substring(start, pos);
    if (integral && s.length() < 19) {
      return Long.parseLong(s);
    }
    return Double.parseDouble(s);
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    return pos > start;
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("expected a value");
    }
    pos += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("expected at most " + MAX_DEPTH + " nested arrays and objects");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error(
          "expected '" + c + "', got " + (pos < text.length() ? "'" + peek() + "'" : "the end"));
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private ParseException error(String message) {
    return new ParseException(message, pos);
  }
}
