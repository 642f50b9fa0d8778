package io.fovea.callbacks;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name with Python {@code str.format} placeholders, as Keras fills them: {@code {epoch}},
 * {@code {epoch:02d}}, {@code {val_loss:.4f}}, {@code {loss:.2e}}. The epoch counts from 1.
 */
final class PathTemplate {

  private static final Pattern FIELD =
      Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]*))?}");
  private static final Pattern SPEC = Pattern.compile("(0?)(\\d*)(?:\\.(\\d+))?([dfeEgGs%]?)");

  private final String template;

  PathTemplate(String template) {
    this.template = template;
  }

  /** The name with placeholders replaced by a constant, to look at its extension. */
  String sample() {
    return FIELD.matcher(template).replaceAll("x");
  }

  /** Fills the placeholders from {@code epoch} (0-based, shown from 1) and {@code logs}. */
  String format(int epoch, Map<String, Double> logs) {
    Matcher m = FIELD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      Object value;
      if (key.equals("epoch")) {
        value = epoch + 1;
      } else if (logs.containsKey(key)) {
        value = logs.get(key);
      } else {
        throw new IllegalArgumentException(
            "ModelCheckpoint: expected a placeholder among "
                + "[epoch, "
                + String.join(", ", logs.keySet())
                + "], got '"
                + m.group()
                + "' in '"
                + template
                + "'");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(fill(value, m.group(2))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String fill(Object value, String spec) {
    if (spec == null || spec.isEmpty()) {
      return value instanceof Double d ? pythonStr(d) : value.toString();
    }
    Matcher s = SPEC.matcher(spec);
    if (!s.matches()) {
      throw new IllegalArgumentException(
          "ModelCheckpoint: expected a format like 02d or .4f, "
              + "got '"
              + spec
              + "' in '"
              + template
              + "'");
    }
    String type = s.group(4).isEmpty() ? (value instanceof Integer ? "d" : "g") : s.group(4);
    String flags = s.group(1) + s.group(2) + (s.group(3) == null ? "" : "." + s.group(3));
    double v = ((Number) value).doubleValue();
    if (type.equals("d")) {
      return String.format(Locale.ROOT, "%" + s.group(1) + s.group(2) + "d", (long) v);
    }
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%" + flags + type, v);
  }

  /** Python's {@code str(float)}: 0.5, 1.0, 0.0001, 1e-05, 10000000.0, 1e+16. */
  static String pythonStr(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String s = Double.toString(v);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e16) {
      // Python keeps the positional form in this range; Java switches to E at 1e-3 and 1e7.
      String plain = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String mantissa = s.substring(0, e).replaceAll("\\.0$", "");
    int exp = Integer.parseInt(s.substring(e + 1));
    return mantissa
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }
}
