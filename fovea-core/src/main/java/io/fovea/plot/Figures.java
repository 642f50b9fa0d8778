package io.fovea.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import io.fovea.files.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * What every figure shares: matplotlib's look (white background, DejaVu Sans, the {@code tab10}
 * colour cycle) and writing a figure to PNG, or SVG when the file name ends with {@code .svg},
 * atomically (a temporary file in the same folder, then a move).
 */
final class Figures {

  /** matplotlib's {@code tab10} cycle: blue, orange, green, red, purple, brown, ... */
  static final Color[] TAB10 = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  /** A figure drawn at a fixed size, onto a bitmap or a vector canvas. */
  interface Painter {
    void paint(Graphics2D g);
  }

  private Figures() {}

  /** SansSerif is DejaVu Sans on Debian, matplotlib's default face. */
  static Font font(float size) {
    return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
  }

  static Font bold(float size) {
    return new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
  }

  /** The metrics of {@code font} as it is drawn on a figure (antialiased, fractional). */
  static FontMetrics metrics(Font font) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      smooth(g);
      return g.getFontMetrics(font);
    } finally {
      g.dispose();
    }
  }

  /** Draws {@code text} centred on ({@code cx}, {@code cy}) in the current font. */
  static void centre(Graphics2D g, String text, double cx, double cy) {
    FontMetrics fm = g.getFontMetrics();
    float x = (float) (cx - fm.getStringBounds(text, g).getWidth() / 2);
    float y = (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0);
    g.drawString(text, x, y);
  }

  /** The figure drawn onto a white {@code width x height} RGB image. */
  static BufferedImage render(int width, int height, Painter painter) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      smooth(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      painter.paint(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /** Writes the figure as SVG when {@code out} ends with {@code .svg}, else as PNG. */
  static void write(Path out, int width, int height, Painter painter) throws IOException {
    if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      AtomicFiles.write(out, svg(width, height, painter));
    } else {
      AtomicFiles.write(out, png(render(width, height, painter)));
    }
  }

  static byte[] svg(int width, int height, Painter painter) {
    VectorGraphics2D g = new VectorGraphics2D();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    painter.paint(g);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new SVGProcessor()
          .getDocument(g.getCommands(), new PageSize(0, 0, width, height))
          .writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("SVG: could not encode the figure in memory", e);
    }
    return bytes.toByteArray();
  }

  /** The PNG encoding of {@code image}. */
  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalStateException("PNG: no ImageIO writer for image type " + image.getType());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PNG: could not encode the figure in memory", e);
    }
    return bytes.toByteArray();
  }

  /** Black or white, whichever reads better on {@code background} (by luminance). */
  static Color textOn(Color background) {
    double lum =
        0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
    return lum < 128 ? Color.WHITE : Color.BLACK;
  }
}
