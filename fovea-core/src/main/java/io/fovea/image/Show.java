package io.fovea.image;

import io.fovea.tensor.Tensor;
import java.awt.Color;
import java.awt.Desktop;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Draws a tensor as a PNG the way matplotlib's {@code imshow} colours it, and opens it when a
 * desktop is there.
 *
 * <p>One channel ({@code [h, w]} or {@code [h, w, 1]}): {@code x = (v - vmin) / (vmax - vmin)},
 * with {@code vmin, vmax} the min and max of the finite values unless given (x = 0 when they are
 * equal), then the colour map; NaN and infinities are transparent. Three or four channels: values
 * clipped to {@code [0, 1]} (or {@code [0, 255]} with {@link ShowOptions#withBytes}) and scaled to
 * 8 bits by truncation, as matplotlib does. The PNG has one pixel per value, {@code [h, w]}; a
 * colour bar adds {@value #BAR_AREA} columns on the right and makes it at least {@value
 * #MIN_BAR_HEIGHT} rows tall.
 */
final class Show {

  static final int BAR_AREA = 72;
  static final int MIN_BAR_HEIGHT = 64;

  private Show() {}

  static Path show(Tensor image, ShowOptions options) throws IOException {
    Layout l = Layout.of("show", image);
    if (l.c == 2 || l.c > 4) {
      throw new IllegalArgumentException(
          "show: expected 1, 3 or 4 channels, got shape "
              + image.shape()
              + ". For gray+alpha, show the gray channel: image.channel(0)");
    }
    BufferedImage picture;
    if (l.c == 1) {
      float[] range = finiteRange(image);
      float lo = Float.isNaN(options.vmin()) ? range[0] : options.vmin();
      float hi = Float.isNaN(options.vmax()) ? range[1] : options.vmax();
      picture = mapped(image, l, lo, hi, options.colorMap());
      if (options.colorBar()) {
        picture = withColorBar(picture, lo, hi, options.colorMap());
      }
    } else {
      picture = colour(image, l, options.bytes() ? 255f : 1f);
    }
    Path file =
        options.output() != null ? options.output() : Files.createTempFile("fovea-show-", ".png");
    ImageEncoder.writeAtomically(picture, file, "png", 95);
    if (options.open() && canOpen()) {
      Desktop.getDesktop().open(file.toFile());
    }
    return file;
  }

  /** Never in CI or headless runs (so never in tests), and only where the desktop can open. */
  static boolean canOpen() {
    return System.getenv("CI") == null
        && !"true".equalsIgnoreCase(System.getProperty("java.awt.headless"))
        && !GraphicsEnvironment.isHeadless()
        && Desktop.isDesktopSupported()
        && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
  }

  private static BufferedImage mapped(Tensor image, Layout l, float lo, float hi, ColorMap map) {
    BufferedImage out = new BufferedImage(l.w, l.h, BufferedImage.TYPE_INT_ARGB);
    float[] x = image.toArray();
    for (int y = 0; y < l.h; y++) {
      for (int col = 0; col < l.w; col++) {
        float v = x[y * l.w + col];
        float t = hi > lo ? (v - lo) / (hi - lo) : 0f;
        out.setRGB(col, y, Float.isFinite(v) ? 0xFF000000 | map.rgb(t) : 0);
      }
    }
    return out;
  }

  /** Min and max over the finite values (NaN and infinities are masked, as matplotlib does). */
  private static float[] finiteRange(Tensor image) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    float[] x = image.toArray();
    for (int i = 0; i < x.length; i++) {
      if (Float.isFinite(x[i])) {
        lo = Math.min(lo, x[i]);
        hi = Math.max(hi, x[i]);
      }
    }
    return lo <= hi ? new float[] {lo, hi} : new float[] {0f, 0f};
  }

  private static BufferedImage colour(Tensor image, Layout l, float full) {
    BufferedImage out = new BufferedImage(l.w, l.h, BufferedImage.TYPE_INT_ARGB);
    float[] x = image.toArray();
    for (int y = 0; y < l.h; y++) {
      for (int col = 0; col < l.w; col++) {
        int p = (y * l.w + col) * l.c;
        int a = l.c == 4 ? level(x[p + 3], full) : 255;
        out.setRGB(
            col,
            y,
            a << 24 | level(x[p], full) << 16 | level(x[p + 1], full) << 8 | level(x[p + 2], full));
      }
    }
    return out;
  }

  private static int level(float v, float full) {
    float t = v / full;
    return t >= 1f ? 255 : t > 0f ? (int) (t * 255) : 0;
  }

  private static BufferedImage withColorBar(
      BufferedImage picture, float lo, float hi, ColorMap map) {
    int h = Math.max(picture.getHeight(), MIN_BAR_HEIGHT);
    int w = picture.getWidth() + BAR_AREA;
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(picture, 0, 0, null);
      int barX = picture.getWidth() + 6;
      int top = 6;
      int bottom = h - 7;
      for (int y = top; y <= bottom; y++) {
        float t = (float) (bottom - y) / Math.max(1, bottom - top);
        g.setColor(new Color(map.rgb(t)));
        g.fillRect(barX, y, 12, 1);
      }
      g.setColor(Color.BLACK);
      g.drawRect(barX - 1, top - 1, 13, bottom - top + 2);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
      g.drawString(label(hi), barX + 16, top + 9);
      g.drawString(label(lo), barX + 16, bottom + 1);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static String label(float v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
