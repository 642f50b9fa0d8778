package io.fovea.plot;

import io.fovea.files.AtomicFiles;
import io.fovea.tensor.Tensor;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure of equally sized tiles in a grid on a white background, each optionally with a title
 * above it, the way matplotlib's {@code subplot} grids with {@code axis('off')} look.
 *
 * <p>Layout: an outer margin, then {@code rows x cols} cells of {@code cellWidth x (titleHeight +
 * tileHeight)} separated by {@code gap}; a tile is centred in its cell (a title wider than the tile
 * widens every column). Tiles are enlarged by an integer {@code scale} with nearest neighbour, so
 * each source pixel stays a sharp square.
 */
final class TileFigure {

  /** One tile: its image at source size, the title above it (null for none) and its colour. */
  record Tile(BufferedImage image, String title, Color titleColor) {
    Tile(BufferedImage image, String title) {
      this(image, title, Color.BLACK);
    }
  }

  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final int MARGIN = 10;

  final int cols;
  final int rows;
  final int scale;
  final int gap;
  final int tileWidth;
  final int tileHeight;
  final int titleHeight;
  final int cellWidth;
  private final List<Tile> tiles;

  /** Lays out {@code tiles} (all of one source size) in {@code cols} columns. */
  TileFigure(List<Tile> tiles, int cols, int scale, int gap) {
    this.tiles = tiles;
    this.cols = Math.min(cols, tiles.size());
    this.rows = (tiles.size() + this.cols - 1) / this.cols;
    this.scale = scale;
    this.gap = gap;
    this.tileWidth = tiles.get(0).image().getWidth() * scale;
    this.tileHeight = tiles.get(0).image().getHeight() * scale;
    FontMetrics fm = metrics();
    boolean titled = tiles.stream().anyMatch(t -> t.title() != null);
    this.titleHeight = titled ? fm.getHeight() + 4 : 0;
    int widest =
        tiles.stream()
            .mapToInt(t -> t.title() == null ? 0 : fm.stringWidth(t.title()) + 6)
            .max()
            .orElse(0);
    this.cellWidth = Math.max(tileWidth, widest);
  }

  /**
   * A grid of a batch of images in the fixed range of {@link TileImages#unitScale}, enlarged to at
   * least {@link ImagePlots#GRID_PIXELS}, with titles (null for none) in their colours.
   */
  static BufferedImage ofImages(
      String where, Tensor images, String[] titles, Color[] colors, int cols) {
    Batch b = Batch.of(where, images);
    float[] x = images.toArray();
    float unit = TileImages.unitScale(x);
    List<Tile> tiles = new ArrayList<>(b.n);
    for (int i = 0; i < b.n; i++) {
      BufferedImage tile = TileImages.fixed(x, i * b.h * b.w * b.c, b.h, b.w, b.c, unit);
      tiles.add(new Tile(tile, titles == null ? null : titles[i], colors[i]));
    }
    int scale = scaleFor(b.h, b.w, ImagePlots.GRID_PIXELS);
    return new TileFigure(tiles, cols, scale, ImagePlots.GRID_GAP).render();
  }

  /**
   * The smallest integer scale that makes the longer side of an {@code h x w} source at least
   * {@code minPixels}, and at least 1.
   */
  static int scaleFor(int h, int w, int minPixels) {
    int side = Math.max(1, Math.max(h, w));
    return Math.max(1, (minPixels + side - 1) / side);
  }

  int width() {
    return 2 * MARGIN + cols * cellWidth + (cols - 1) * gap;
  }

  int height() {
    return 2 * MARGIN + rows * (titleHeight + tileHeight) + (rows - 1) * gap;
  }

  /** The x of the left edge of tile {@code i}'s image. */
  int tileX(int i) {
    return MARGIN + (i % cols) * (cellWidth + gap) + (cellWidth - tileWidth) / 2;
  }

  /** The y of the top edge of tile {@code i}'s image (below its title). */
  int tileY(int i) {
    return MARGIN + (i / cols) * (titleHeight + tileHeight + gap) + titleHeight;
  }

  /** Draws the figure. */
  BufferedImage render() {
    BufferedImage out = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(out);
    g.setFont(TITLE_FONT);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < tiles.size(); i++) {
      Tile t = tiles.get(i);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.drawImage(t.image(), tileX(i), tileY(i), tileWidth, tileHeight, null);
      if (t.title() != null) {
        g.setColor(t.titleColor());
        int x = tileX(i) + (tileWidth - fm.stringWidth(t.title())) / 2;
        g.drawString(t.title(), x, tileY(i) - 4 - fm.getDescent());
      }
    }
    g.dispose();
    return out;
  }

  /** A white canvas with anti-aliased text and shapes. */
  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  private static FontMetrics metrics() {
    Graphics2D g = canvas(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
    FontMetrics fm = g.getFontMetrics(TITLE_FONT);
    g.dispose();
    return fm;
  }

  /**
   * Writes {@code image} as a PNG to {@code file} through a temporary file in the same folder and a
   * move over the target, so readers see the old file or the whole new one.
   */
  static void writePng(BufferedImage image, Path file) throws IOException {
    AtomicFiles.write(file, Figures.png(image));
  }
}
