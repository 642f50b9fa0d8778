package io.fovea.plot;

import io.fovea.image.ColorMap;
import io.fovea.plot.TileFigure.Tile;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiles of learned things, each normalised to its own min..max: convolution kernels (the course's
 * {@code vis_square}) and feature maps.
 */
final class MapTiles {

  private MapTiles() {}

  /**
   * One tile per filter of a kernel {@code [kh, kw, in, out]}: RGB over the three input channels
   * when {@code in == 3}, else the first input channel in gray.
   */
  static List<Tile> filters(Tensor kernel) {
    int[] d = kernel.shape().dims();
    int kh = d[0];
    int kw = d[1];
    int in = d[2];
    int out = d[3];
    float[] x = kernel.toArray();
    List<Tile> tiles = new ArrayList<>(out);
    for (int f = 0; f < out; f++) {
      tiles.add(
          new Tile(
              in == 3
                  ? TileImages.normalisedRgb(x, f, in * out, out, kh, kw)
                  : TileImages.normalised(x, f, in * out, kh, kw, ColorMap.GRAY),
              null));
    }
    return tiles;
  }

  /** One tile per channel of feature maps {@code [h, w, c]}, coloured by {@code map}. */
  static List<Tile> featureMaps(Tensor maps, ColorMap map) {
    int[] d = maps.shape().dims();
    float[] x = maps.toArray();
    List<Tile> tiles = new ArrayList<>(d[2]);
    for (int ch = 0; ch < d[2]; ch++) {
      tiles.add(new Tile(TileImages.normalised(x, ch, d[2], d[0], d[1], map), null));
    }
    return tiles;
  }

  /** {@code ceil(sqrt(n))}, the columns of a square grid of {@code n} tiles. */
  static int squareColumns(int n) {
    int c = (int) Math.ceil(Math.sqrt(n));
    return Math.max(1, c);
  }
}
