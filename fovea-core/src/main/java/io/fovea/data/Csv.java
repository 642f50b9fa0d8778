package io.fovea.data;

import io.fovea.tensor.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a numeric CSV table with a header row and a named target column, as in the regression and
 * logistic-regression examples: every other column becomes a feature.
 *
 * <p>Fields are separated by commas; a field in double quotes may hold commas and doubled quotes
 * ({@code ""}), as in RFC 4180; blank lines are skipped. Output: features {@code [n, k]} in column
 * order, target {@code [n]}.
 */
public final class Csv {

  private Csv() {}

  /**
   * The table in {@code file}.
   *
   * @throws DataFileException naming the row, the column and the cell that is not a number, or a
   *     missing target column
   */
  public static CsvTable load(Path file, String targetColumn) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(in, file.toString(), targetColumn);
    }
  }

  /** The table read from {@code in}, naming {@code file} in errors. */
  public static CsvTable load(Reader in, String file, String targetColumn) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<String> header = null;
    List<float[]> rows = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = lines.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      while (quotesOpen(line)) {
        String more = lines.readLine();
        if (more == null) {
          throw new DataFileException(
              file,
              null,
              -1,
              "line " + lineNo + ": expected a closing quote, got the end of the file");
        }
        line = line + "\n" + more;
        lineNo++;
      }
      List<String> fields = split(line);
      if (header == null) {
        // A UTF-8 byte-order mark, as spreadsheet programs write, is not part of the name.
        header = fields.stream().map(f -> f.replace("\uFEFF", "").strip()).toList();
        continue;
      }
      rows.add(numbers(file, header, fields, rows.size() + 1, lineNo));
    }
    if (header == null) {
      throw new DataFileException(file, null, -1, "expected a header row, got an empty file");
    }
    return table(file, header, rows, targetColumn);
  }

  private static CsvTable table(
      String file, List<String> header, List<float[]> rows, String targetColumn)
      throws DataFileException {
    int t = header.indexOf(targetColumn);
    if (t < 0) {
      throw new DataFileException(
          file, null, -1, "expected a column named '" + targetColumn + "', got columns " + header);
    }
    int n = rows.size();
    int k = header.size() - 1;
    float[] x = new float[n * k];
    float[] y = new float[n];
    for (int r = 0; r < n; r++) {
      float[] row = rows.get(r);
      for (int c = 0, j = 0; c < row.length; c++) {
        if (c == t) {
          y[r] = row[c];
        } else {
          x[r * k + j++] = row[c];
        }
      }
    }
    List<String> names = new ArrayList<>(header);
    names.remove(t);
    return new CsvTable(Tensor.wrap(x, n, k), Tensor.wrap(y, n), names, targetColumn);
  }

  private static float[] numbers(
      String file, List<String> header, List<String> fields, int row, int lineNo)
      throws DataFileException {
    if (fields.size() != header.size()) {
      throw new DataFileException(
          file,
          null,
          -1,
          "row "
              + row
              + " (line "
              + lineNo
              + "): expected "
              + header.size()
              + " fields as in the header, got "
              + fields.size());
    }
    float[] out = new float[fields.size()];
    for (int c = 0; c < out.length; c++) {
      String cell = fields.get(c).strip();
      try {
        out[c] = Float.parseFloat(cell);
      } catch (NumberFormatException e) {
        throw new DataFileException(
            file,
            header.get(c),
            -1,
            "row "
                + row
                + " (line "
                + lineNo
                + "), column "
                + (c + 1)
                + " '"
                + header.get(c)
                + "': expected a number, got \""
                + cell
                + "\"");
      }
    }
    return out;
  }

  private static boolean quotesOpen(String line) {
    int quotes = 0;
    for (int i = 0; i < line.length(); i++) {
      quotes += line.charAt(i) == '"' ? 1 : 0;
    }
    return quotes % 2 == 1;
  }

  /** The fields of one record; quotes removed and {@code ""} turned into {@code "}. */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    out.add(field.toString());
    return out;
  }
}
