package io.fovea.cli;

import io.fovea.image.Images;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pictures and the report of {@code fovea demo}. Both are stand-ins: the grid becomes
 * {@code io.fovea.plot.ImagePlots.imageGrid} and the report the plots work's {@code Report} once
 * they are merged; each is one method here so that the switch touches nothing else.
 */
final class DemoFiles {

  static final int GRID_ROWS = 4;
  static final int GRID_COLUMNS = 8;
  static final int GRID_IMAGES = GRID_ROWS * GRID_COLUMNS;
  private static final int GAP = 2;

  private DemoFiles() {}

  /**
   * Writes the first {@link #GRID_IMAGES} of {@code images} ({@code [n, h, w, 1]} in
   * {@code [0, 1]}) as one gray PNG, {@code GAP} white pixels between them. To be replaced by
   * {@code ImagePlots.imageGrid} (with class names as titles).
   */
  static void writeTrainingGrid(Tensor images, Path file) throws IOException {
    int h = images.shape().dim(1);
    int w = images.shape().dim(2);
    int count = Math.min(GRID_IMAGES, images.shape().dim(0));
    int gridH = GRID_ROWS * (h + GAP) + GAP;
    int gridW = GRID_COLUMNS * (w + GAP) + GAP;
    float[] grid = new float[gridH * gridW];
    Arrays.fill(grid, 1f);
    float[] v = images.slice(0, count).toArray();
    for (int k = 0; k < count; k++) {
      int top = GAP + (k / GRID_COLUMNS) * (h + GAP);
      int left = GAP + (k % GRID_COLUMNS) * (w + GAP);
      for (int y = 0; y < h; y++) {
        System.arraycopy(v, (k * h + y) * w, grid, (top + y) * gridW + left, w);
      }
    }
    Images.write(Tensor.wrap(grid, gridH, gridW), file);
  }

  /**
   * Writes a small HTML page with the grid, the model summary, the training history, the test
   * results and the example predictions. To be replaced by the plots work's {@code Report}
   * (learning curves, confusion matrix).
   */
  static void writeReport(Demo.Outcome o, Path file) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<title>Fovea demo</title></head>\n<body>\n<h1>Fovea demo</h1>\n")
        .append(String.format(Locale.ROOT, "<p>Fashion-MNIST sample: %d training and %d test "
            + "images; %.0f s in all.</p>%n", o.trainImages(), o.testImages(), o.seconds()))
        .append("<h2>Training images</h2>\n<img src=\"").append(Demo.GRID_FILE)
        .append("\" alt=\"the first training images\" width=\"480\">\n")
        .append("<h2>Model</h2>\n<pre>").append(escape(o.summary())).append("</pre>\n")
        .append("<h2>Training</h2>\n").append(historyTable(o))
        .append("<h2>Test</h2>\n")
        .append(String.format(Locale.ROOT, "<p>Loss %.4f, accuracy %.4f.</p>%n", o.loss(),
            o.accuracy()))
        .append("<ul>\n");
    o.predictions().forEach(p -> html.append("<li>").append(escape(p)).append("</li>\n"));
    html.append("</ul>\n<p>Weights: <code>").append(Demo.WEIGHTS_FILE)
        .append("</code></p>\n</body></html>\n");
    writeAtomically(file, html.toString());
  }

  private static String historyTable(Demo.Outcome o) {
    List<String> keys = o.history().keys();
    StringBuilder t = new StringBuilder("<table border=\"1\">\n<tr><th>epoch</th>");
    keys.forEach(k -> t.append("<th>").append(escape(k)).append("</th>"));
    t.append("</tr>\n");
    List<Integer> epochs = o.history().epochs();
    for (int i = 0; i < epochs.size(); i++) {
      t.append("<tr><td>").append(epochs.get(i) + 1).append("</td>");
      for (String k : keys) {
        t.append(String.format(Locale.ROOT, "<td>%.4f</td>", o.history().get(k).get(i)));
      }
      t.append("</tr>\n");
    }
    return t.append("</table>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * Writes a temporary file beside {@code file}, then moves it into place. Not createTempFile:
   * its owner-only permissions would stay on the report.
   */
  private static void writeAtomically(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid()
        + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
