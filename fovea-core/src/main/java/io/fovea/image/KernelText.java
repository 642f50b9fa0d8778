package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a kernel written as nested lists, {@code [[1,0,-1],[2,0,-2],[1,0,-1]]} or {@code [1,2,1]},
 * into a tensor {@code [rows, cols]} or {@code [n]}; see {@link Kernels2D#parse}.
 */
final class KernelText {

  private final String text;
  private int pos;

  private KernelText(String text) {
    this.text = text;
  }

  static Tensor parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "kernel text: expected a kernel such as"
              + " [[1,0,-1],[2,0,-2],[1,0,-1]], got "
              + (text == null ? "null" : "'" + text + "'"));
    }
    KernelText p = new KernelText(text);
    p.expect('[');
    Tensor kernel = p.peek() == '[' ? p.rows() : p.oneRow();
    p.skipSpaces();
    if (p.pos < text.length()) {
      throw p.error("the end of the text");
    }
    return kernel;
  }

  private Tensor rows() {
    List<float[]> rows = new ArrayList<>();
    do {
      int start = pos;
      expect('[');
      float[] row = numbers();
      if (!rows.isEmpty() && row.length != rows.get(0).length) {
        throw new IllegalArgumentException(
            "kernel text: expected every row to have "
                + rows.get(0).length
                + " values, got "
                + row.length
                + " in row "
                + (rows.size() + 1)
                + " at character "
                + (start + 1)
                + " of '"
                + text
                + "'");
      }
      rows.add(row);
    } while (separator());
    return Tensor.of(rows.toArray(new float[0][]));
  }

  private Tensor oneRow() {
    float[] row = numbers();
    return Tensor.wrap(row, row.length);
  }

  /** Numbers up to and including the closing bracket of a row. */
  private float[] numbers() {
    List<Float> values = new ArrayList<>();
    do {
      values.add(number());
    } while (separator());
    float[] row = new float[values.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = values.get(i);
    }
    return row;
  }

  /** Reads ',' (true) or ']' (false). */
  private boolean separator() {
    char c = peek();
    if (c == ',' || c == ']') {
      pos++;
      return c == ',';
    }
    throw error("',' or ']'");
  }

  private float number() {
    skipSpaces();
    int start = pos;
    while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String token = text.substring(start, pos);
    try {
      float v = Float.parseFloat(token);
      if (!Float.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      pos = start;
      throw error("a number");
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    pos++;
  }

  /** The next non-space character, or 0 at the end. */
  private char peek() {
    skipSpaces();
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String expected) {
    String got =
        pos < text.length()
            ? "'" + text.charAt(pos) + "' at character " + (pos + 1)
            : "the end of the text";
    return new IllegalArgumentException(
        "kernel text: expected " + expected + ", got " + got + " in '" + text + "'");
  }
}
