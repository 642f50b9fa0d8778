package io.fovea.data;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of an npy file, e.g. {@code {'descr': '<f4', 'fortran_order': False,
 * 'shape': (3, 4), }}, read by a small strict parser that accepts only Python literals of strings,
 * booleans, integers and tuples; nothing in it is ever evaluated.
 */
record NpyHeader(DType dtype, ByteOrder byteOrder, boolean fortranOrder, int[] shape) {

  /** Thrown by {@link #parse}; the caller adds the file, entry and offset. */
  static final class FormatError extends Exception {
    private static final long serialVersionUID = 1L;

    FormatError(String message) {
      super(message);
    }
  }

  /** The header described by {@code text}. */
  static NpyHeader parse(String text) throws FormatError {
    Map<String, Object> dict = new Parser(text).dict();
    for (String key : List.of("descr", "fortran_order", "shape")) {
      if (!dict.containsKey(key)) {
        throw new FormatError(
            "expected a header with key '" + key + "', got keys " + dict.keySet());
      }
    }
    if (dict.size() != 3) {
      throw new FormatError(
          "expected header keys [descr, fortran_order, shape], got " + dict.keySet());
    }
    if (!(dict.get("descr") instanceof String descr)) {
      throw new FormatError(
          "expected a dtype string such as '<f4', got a list of fields "
              + "(structured arrays are not supported)");
    }
    if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
      throw new FormatError(
          "expected fortran_order True or False, got " + dict.get("fortran_order"));
    }
    if (!(dict.get("shape") instanceof int[] shape)) {
      throw new FormatError("expected shape as a tuple of integers, got " + dict.get("shape"));
    }
    return descr(descr, fortran, shape);
  }

  private static NpyHeader descr(String descr, boolean fortran, int[] shape) throws FormatError {
    if (descr.contains("O")) {
      throw new FormatError(
          "expected a numeric dtype, got '"
              + descr
              + "': object arrays hold "
              + "Python pickles, which Fovea never loads (save numeric arrays instead)");
    }
    char order = descr.isEmpty() ? '?' : descr.charAt(0);
    String code = "<>|=".indexOf(order) >= 0 ? descr.substring(1) : descr;
    DType dtype = DType.ofCode(code);
    if (dtype == null) {
      throw new FormatError(
          "expected a dtype among u1, i1, i2, i4, i8, f2, f4, f8, b1, got '" + descr + "'");
    }
    ByteOrder bo = order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    return new NpyHeader(dtype, bo, fortran, shape);
  }

  /** The dictionary text as NumPy writes it, without padding. */
  String format() {
    char order = dtype.itemSize() == 1 ? '|' : byteOrder == ByteOrder.BIG_ENDIAN ? '>' : '<';
    StringBuilder sb =
        new StringBuilder("{'descr': '")
            .append(order)
            .append(dtype.code())
            .append("', 'fortran_order': ")
            .append(fortranOrder ? "True" : "False")
            .append(", 'shape': (");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return sb.append(shape.length == 1 ? ",), }" : "), }").toString();
  }

  /** A recursive-descent reader of the literal subset NumPy writes. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Map<String, Object> dict() throws FormatError {
      Map<String, Object> out = new LinkedHashMap<>();
      expect('{');
      while (peek() != '}') {
        String key = string();
        expect(':');
        if (out.put(key, value()) != null) {
          throw new FormatError("expected distinct header keys, got '" + key + "' twice");
        }
        if (peek() != '}') {
          expect(',');
        }
      }
      expect('}');
      if (peek() != 0) {
        throw error("the end of the header");
      }
      return out;
    }

    private Object value() throws FormatError {
      char c = peek();
      if (c == '\'' || c == '"') {
        return string();
      }
      if (c == '(') {
        return tuple();
      }
      if (c == '[') {
        // Structured dtypes are lists of fields: reported by the caller.
        int depth = 0;
        do {
          char ch = s.charAt(pos++);
          depth += ch == '[' ? 1 : ch == ']' ? -1 : 0;
        } while (depth > 0 && pos < s.length());
        return List.of();
      }
      if (s.startsWith("True", pos) || s.startsWith("False", pos)) {
        boolean v = s.startsWith("True", pos);
        pos += v ? 4 : 5;
        return v;
      }
      throw error("a string, a boolean or a tuple");
    }

    private int[] tuple() throws FormatError {
      expect('(');
      List<BigInteger> dims = new ArrayList<>();
      while (peek() != ')') {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          throw error("a non-negative integer");
        }
        dims.add(new BigInteger(s.substring(start, pos)));
        if (pos < s.length() && s.charAt(pos) == 'L') {
          pos++; // Python 2 long suffix, written by old NumPy versions.
        }
        if (peek() != ')') {
          expect(',');
        }
      }
      expect(')');
      return ints(dims);
    }

    /**
     * The dimensions as ints, once their product is known to fit: an int array holds at most 2^31 -
     * 1 elements, and the product is computed exactly so that it cannot wrap around.
     */
    private static int[] ints(List<BigInteger> dims) throws FormatError {
      BigInteger max = BigInteger.valueOf(Integer.MAX_VALUE);
      BigInteger size = dims.stream().reduce(BigInteger.ONE, BigInteger::multiply);
      if (size.compareTo(max) > 0) {
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < dims.size(); i++) {
          shape.append(i > 0 ? ", " : "").append(dims.get(i));
        }
        throw new FormatError(
            "expected a shape of at most "
                + max
                + " elements, got "
                + shape.append(dims.size() == 1 ? ",)" : ")"));
      }
      for (BigInteger d : dims) {
        if (d.compareTo(max) > 0) {
          throw new FormatError("expected a dimension below 2^31, got " + d);
        }
      }
      return dims.stream().mapToInt(BigInteger::intValueExact).toArray();
    }

    private String string() throws FormatError {
      char q = peek();
      if (q != '\'' && q != '"') {
        throw error("a quoted string");
      }
      int end = s.indexOf(q, ++pos);
      if (end < 0) {
        throw error("a closing quote");
      }
      String v = s.substring(pos, end);
      pos = end + 1;
      return v;
    }

    private void expect(char c) throws FormatError {
      if (peek() != c) {
        throw error("'" + c + "'");
      }
      pos++;
    }

    private char peek() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      return pos < s.length() ? s.charAt(pos) : 0;
    }

    private FormatError error(String what) {
      String got = pos < s.length() ? s.substring(pos, Math.min(s.length(), pos + 20)) : "end";
      return new FormatError(
          "expected "
              + what
              + " at character "
              + pos
              + " of the header "
              + "dictionary, got '"
              + got
              + "'");
    }
  }
}
