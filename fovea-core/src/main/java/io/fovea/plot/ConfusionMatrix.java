package io.fovea.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * A confusion matrix drawn as a heat map with Java2D, as scikit-learn's {@code
 * ConfusionMatrixDisplay} draws it: row {@code i} is true class {@code i}, column {@code j}
 * predicted class {@code j}, cell colour from matplotlib's {@code Blues} map scaled to the largest
 * count, the count written in each cell (white on dark, black on light), class names on both axes
 * ({@code x} names turned 45 degrees when they do not fit a cell) and a colour bar.
 */
final class ConfusionMatrix implements Figures.Painter {

  /** matplotlib's {@code Blues} (ColorBrewer), light to dark, 9 anchors. */
  private static final int[] BLUES = {
    0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b
  };

  private static final int PAD = 16;
  private static final int TITLE = 40;
  private static final int BAR_GAP = 24;
  private static final int BAR_WIDTH = 18;

  private final int[][] counts;
  private final String[] names;
  private final int max;
  private final int cell;
  private final int left;
  private final int bottom;
  private final boolean rotate;

  ConfusionMatrix(int[][] counts, String[] names) {
    this.counts = counts;
    this.names = names;
    int m = 0;
    for (int[] row : counts) {
      for (int c : row) {
        m = Math.max(m, c);
      }
    }
    this.max = m;
    int n = names.length;
    this.cell = Math.max(36, Math.min(90, 560 / n));
    FontMetrics fm = Figures.metrics(Figures.font(labelSize()));
    int widest = 0;
    for (String name : names) {
      widest = Math.max(widest, fm.stringWidth(name));
    }
    this.rotate = widest > cell - 6;
    this.left = PAD + 30 + widest + 10;
    int xLabels = rotate ? (int) Math.ceil(widest * 0.7072 + fm.getHeight()) : fm.getHeight();
    this.bottom = 10 + xLabels + 12 + 30 + PAD;
  }

  /** The counts, {@code [true][predicted]}, each label checked to lie in {@code [0, n)}. */
  static int[][] count(int[] yTrue, int[] yPred, int n) {
    if (yTrue.length != yPred.length) {
      throw new IllegalArgumentException(
          "confusionMatrix: expected yTrue and yPred of the same "
              + "length, got "
              + yTrue.length
              + " and "
              + yPred.length);
    }
    int[][] m = new int[n][n];
    for (int i = 0; i < yTrue.length; i++) {
      check("yTrue", i, yTrue[i], n);
      check("yPred", i, yPred[i], n);
      m[yTrue[i]][yPred[i]]++;
    }
    return m;
  }

  private static void check(String what, int i, int label, int n) {
    if (label < 0 || label >= n) {
      throw new IllegalArgumentException(
          "confusionMatrix: expected "
              + what
              + "["
              + i
              + "] in [0, "
              + n
              + "), got "
              + label
              + ". Pass one class name per class");
    }
  }

  int width() {
    return left + cell * names.length + BAR_GAP + BAR_WIDTH + 50 + PAD;
  }

  int height() {
    return TITLE + PAD + cell * names.length + bottom;
  }

  /** The colour of a cell holding {@code count}: {@code Blues(count / max)}. */
  Color colorOf(int count) {
    return colorAt(max == 0 ? 0 : (double) count / max);
  }

  private static Color colorAt(double t) {
    double pos = t * (BLUES.length - 1);
    int i = Math.min(BLUES.length - 2, (int) pos);
    double f = pos - i;
    Color a = new Color(BLUES[i]);
    Color b = new Color(BLUES[i + 1]);
    return new Color(
        mix(a.getRed(), b.getRed(), f),
        mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  /** The top-left corner of the cell at ({@code row}, {@code col}) in figure pixels. */
  int cellX(int col) {
    return left + col * cell;
  }

  int cellY(int row) {
    return TITLE + PAD + row * cell;
  }

  int cellSize() {
    return cell;
  }

  private float labelSize() {
    return cell >= 60 ? 13f : 11f;
  }

  @Override
  public void paint(Graphics2D g) {
    int n = names.length;
    int gridSize = cell * n;
    g.setColor(Color.BLACK);
    g.setFont(Figures.font(16f));
    Figures.centre(g, "Confusion matrix", left + gridSize / 2, TITLE / 2 + PAD / 2);
    g.setFont(Figures.font(Math.min(16f, cell / 3.2f)));
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        Color fill = colorOf(counts[r][c]);
        g.setColor(fill);
        g.fillRect(cellX(c), cellY(r), cell, cell);
        g.setColor(Figures.textOn(fill));
        Figures.centre(g, Integer.toString(counts[r][c]), cellX(c) + cell / 2, cellY(r) + cell / 2);
      }
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(left, cellY(0), gridSize, gridSize);
    paintNames(g);
    paintBar(g, left + gridSize + BAR_GAP, cellY(0), gridSize);
  }

  private void paintNames(Graphics2D g) {
    int n = names.length;
    int gridBottom = cellY(n);
    g.setFont(Figures.font(labelSize()));
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < n; i++) {
      int y = cellY(i) + cell / 2 + (fm.getAscent() - fm.getDescent()) / 2;
      g.drawString(names[i], left - 8 - fm.stringWidth(names[i]), y);
      int x = cellX(i) + cell / 2;
      if (rotate) {
        AffineTransform saved = g.getTransform();
        g.translate(x + fm.getAscent() / 2.0, gridBottom + 8);
        g.rotate(-Math.PI / 4);
        g.drawString(names[i], -fm.stringWidth(names[i]), 0);
        g.setTransform(saved);
      } else {
        g.drawString(names[i], x - fm.stringWidth(names[i]) / 2, gridBottom + 8 + fm.getAscent());
      }
    }
    g.setFont(Figures.font(14f));
    Figures.centre(g, "Predicted label", left + cell * n / 2, height() - PAD - 12);
    AffineTransform saved = g.getTransform();
    g.translate(PAD + 10, cellY(0) + cell * n / 2.0);
    g.rotate(-Math.PI / 2);
    Figures.centre(g, "True label", 0, 0);
    g.setTransform(saved);
  }

  /** A vertical colour bar from 0 (bottom) to the largest count (top), with whole-number ticks. */
  private void paintBar(Graphics2D g, int x, int y, int h) {
    for (int i = 0; i < h; i++) {
      g.setColor(colorAt((double) (h - 1 - i) / Math.max(1, h - 1)));
      g.fillRect(x, y + i, BAR_WIDTH, 1);
    }
    g.setColor(Color.BLACK);
    g.drawRect(x, y, BAR_WIDTH, h);
    g.setFont(Figures.font(11f));
    FontMetrics fm = g.getFontMetrics();
    int mid = (fm.getAscent() - fm.getDescent()) / 2;
    for (double value : Ticks.nice(0, Math.max(1, max))) {
      if (value != Math.rint(value)) {
        continue;
      }
      int ty = y + h - (int) Math.round(h * value / Math.max(1, max));
      g.drawLine(x + BAR_WIDTH, ty, x + BAR_WIDTH + 4, ty);
      g.drawString(Ticks.label(value), x + BAR_WIDTH + 7, ty + mid);
    }
  }
}
