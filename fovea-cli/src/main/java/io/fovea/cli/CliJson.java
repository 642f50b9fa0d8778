package io.fovea.cli;

import io.fovea.saving.json.JsonWriter;
import java.util.Locale;

/**
 * The {@code --json} output of {@code train} and {@code evaluate}, written by the library's {@link
 * JsonWriter} with map entries indented two spaces per level. Floats and doubles get six
 * significant digits; non-finite ones (a diverged loss) are written as null, since JSON has no NaN.
 */
final class CliJson {

  private CliJson() {}

  /** The JSON text of {@code value} with a final newline. */
  static String write(Object value) {
    return JsonWriter.writeIndented(value, CliJson::number) + System.lineSeparator();
  }

  private static String number(double d) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null";
  }
}
