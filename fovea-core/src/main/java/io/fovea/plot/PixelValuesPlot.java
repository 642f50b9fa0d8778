package io.fovea.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A small gray image drawn large, each pixel a square cell with its value written in the middle
 * (the course's {@code visualize_input}): white text on cells darker than 40% gray and black text
 * on the others (the course's threshold {@code img.max() / 2.5} for an image that reaches its full
 * range).
 *
 * <p>Values: whole numbers are written as integers, others rounded to two decimals with trailing
 * zeros dropped ({@code 0.5}, {@code 0.47}), as Python's {@code str(round(v, 2))}. Gray levels use
 * the fixed range of {@link TileImages#unitScale}.
 */
final class PixelValuesPlot {

  static final Font VALUE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final float DARK = 0.4f;

  final int h;
  final int w;
  final int cell;
  private final float[] values;
  private final String[] text;
  private final float scale;

  /** Prepares the plot of {@code values} laid out as {@code h x w}. */
  PixelValuesPlot(float[] values, int h, int w) {
    this.values = values;
    this.h = h;
    this.w = w;
    this.scale = TileImages.unitScale(values);
    boolean whole = true;
    for (float v : values) {
      whole &= v == Math.rint(v);
    }
    this.text = new String[values.length];
    Graphics2D g = TileFigure.canvas(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
    FontMetrics fm = g.getFontMetrics(VALUE_FONT);
    int widest = 0;
    for (int i = 0; i < values.length; i++) {
      text[i] = format(values[i], whole);
      widest = Math.max(widest, fm.stringWidth(text[i]));
    }
    g.dispose();
    this.cell = Math.max(28, widest + 6);
  }

  /** The x (or y, with a row index) of the left (top) edge of cell column {@code col}. */
  int cellOrigin(int col) {
    return TileFigure.MARGIN + col * cell;
  }

  BufferedImage render() {
    int size = 2 * TileFigure.MARGIN;
    BufferedImage out =
        new BufferedImage(size + w * cell, size + h * cell, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = TileFigure.canvas(out);
    g.setFont(VALUE_FONT);
    FontMetrics fm = g.getFontMetrics();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        float u = values[i] * scale;
        int level = TileImages.level(u);
        g.setColor(new Color(level, level, level));
        g.fillRect(cellOrigin(x), cellOrigin(y), cell, cell);
        g.setColor(level < DARK * 255 ? Color.WHITE : Color.BLACK);
        int tx = cellOrigin(x) + (cell - fm.stringWidth(text[i])) / 2;
        int ty = cellOrigin(y) + (cell + fm.getAscent() - fm.getDescent()) / 2;
        g.drawString(text[i], tx, ty);
      }
    }
    g.dispose();
    return out;
  }

  static String format(float v, boolean whole) {
    if (whole) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.2f", v);
    if (s.endsWith("0")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.equals("-0.0") ? "0.0" : s;
  }
}
