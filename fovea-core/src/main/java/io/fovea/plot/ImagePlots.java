package io.fovea.plot;

import io.fovea.image.ColorMap;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.plot.TileFigure.Tile;
import io.fovea.tensor.Tensor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Figures of images drawn with Java2D, as the course draws them with matplotlib: image and
 * prediction grids, pixel values, first-layer filters, feature maps and colour channels. Each
 * returns a {@link BufferedImage} (white background, anti-aliased titles, no axes) and has an
 * overload that writes it as a PNG (atomically: a temporary file, then a move).
 *
 * <p>Value range of images: when any value exceeds 1 the data is taken as 0..255 and divided by
 * 255, else as floats in {@code [0, 1]}; then clipped to {@code [0, 1]}. This is what matplotlib's
 * {@code imshow} does for integer and float RGB data, and what {@code Images.write} does. Gray
 * images use the same fixed range rather than matplotlib's per-image min..max, so that tiles of a
 * grid share one scale; for images that span {@code 0 .. max} (MNIST, Fashion-MNIST) both agree.
 * Filters and feature maps are instead normalised each to its own min..max ({@code (x - min) / (max
 * - min)}, 0 when constant).
 *
 * <p>Small images are enlarged by an integer factor with nearest neighbour, so that a tile is at
 * least 84 pixels on its longer side (28 x 28 becomes 84 x 84).
 */
public final class ImagePlots {

  static final int GRID_PIXELS = 84;
  static final int FILTER_PIXELS = 64;
  static final int MAP_PIXELS = 64;
  static final int CHANNEL_PIXELS = 128;
  static final int GRID_GAP = 8;
  static final int THIN_GAP = 3;

  private ImagePlots() {}

  /**
   * A grid of {@code images} ({@code [n, h, w]}, {@code [n, h, w, 1]} or {@code [n, h, w, 3]}) in
   * {@code cols} columns, each under its title ({@code titles} may be null, else holds {@code n}
   * entries, null for none).
   */
  public static BufferedImage imageGrid(Tensor images, String[] titles, int cols) {
    int n = Batch.of("imageGrid", images).n;
    if (titles != null && titles.length != n) {
      throw new IllegalArgumentException(
          "imageGrid: expected " + n + " titles (one per image)," + " got " + titles.length);
    }
    requirePositive("imageGrid", "cols", cols);
    Color[] colors = new Color[n];
    Arrays.fill(colors, Color.BLACK);
    return TileFigure.ofImages("imageGrid", images, titles, colors, cols);
  }

  /** {@link #imageGrid(Tensor, String[], int)} written as a PNG to {@code file}. */
  public static void imageGrid(Tensor images, String[] titles, int cols, Path file)
      throws IOException {
    TileFigure.writePng(imageGrid(images, titles, cols), file);
  }

  /**
   * A random sample of {@code n} of {@code images} (seeded by {@code seed}), each titled {@code
   * "predicted (true)"} with the {@code classNames}, in blue when the model's class is right and
   * red when wrong; {@code ceil(sqrt(n))} columns. Only the sampled images are run through the
   * model. {@code labels} holds one class index per image.
   */
  public static BufferedImage predictionGrid(
      Sequential model, Tensor images, int[] labels, String[] classNames, int n, long seed) {
    int[] idx = PredictionGrid.sample(images, labels, n, seed);
    Tensor batch = PredictionGrid.gather(images, idx);
    return PredictionGrid.figure(
        PredictionGrid.predict(model, batch), batch, labels, idx, classNames);
  }

  /** As above with labels {@code [n]} (class indices) or {@code [n, classes]} (one-hot). */
  public static BufferedImage predictionGrid(
      Sequential model, Tensor images, Tensor labels, String[] classNames, int n, long seed) {
    return predictionGrid(
        model,
        images,
        PredictionGrid.classes(labels, "predictionGrid: labels"),
        classNames,
        n,
        seed);
  }

  /**
   * As above from {@code predictions} already made for every image: {@code [N, classes]} scores
   * (argmax), {@code [N, 1]} probabilities (1 above 0.5) or {@code [N]} classes.
   */
  public static BufferedImage predictionGrid(
      Tensor predictions, Tensor images, int[] labels, String[] classNames, int n, long seed) {
    int[] predicted = PredictionGrid.classes(predictions, "predictionGrid: predictions");
    int[] idx = PredictionGrid.sample(images, labels, n, seed);
    if (predicted.length != labels.length) {
      throw new IllegalArgumentException(
          "predictionGrid: expected one prediction per image ("
              + labels.length
              + "), got shape "
              + predictions.shape());
    }
    int[] chosen = new int[idx.length];
    for (int k = 0; k < idx.length; k++) {
      chosen[k] = predicted[idx[k]];
    }
    return PredictionGrid.figure(
        chosen, PredictionGrid.gather(images, idx), labels, idx, classNames);
  }

  /** As above with labels {@code [n]} (class indices) or {@code [n, classes]} (one-hot). */
  public static BufferedImage predictionGrid(
      Tensor predictions, Tensor images, Tensor labels, String[] classNames, int n, long seed) {
    return predictionGrid(
        predictions,
        images,
        PredictionGrid.classes(labels, "predictionGrid: labels"),
        classNames,
        n,
        seed);
  }

  /** {@link #predictionGrid(Sequential, Tensor, Tensor, String[], int, long)} as a PNG. */
  public static void predictionGrid(
      Sequential model,
      Tensor images,
      Tensor labels,
      String[] classNames,
      int n,
      long seed,
      Path file)
      throws IOException {
    TileFigure.writePng(predictionGrid(model, images, labels, classNames, n, seed), file);
  }

  /** {@link #predictionGrid(Tensor, Tensor, Tensor, String[], int, long)} as a PNG. */
  public static void predictionGrid(
      Tensor predictions,
      Tensor images,
      Tensor labels,
      String[] classNames,
      int n,
      long seed,
      Path file)
      throws IOException {
    TileFigure.writePng(predictionGrid(predictions, images, labels, classNames, n, seed), file);
  }

  /** {@link #predictionGrid(Sequential, Tensor, int[], String[], int, long)} as a PNG. */
  public static void predictionGrid(
      Sequential model,
      Tensor images,
      int[] labels,
      String[] classNames,
      int n,
      long seed,
      Path file)
      throws IOException {
    TileFigure.writePng(predictionGrid(model, images, labels, classNames, n, seed), file);
  }

  /** {@link #predictionGrid(Tensor, Tensor, int[], String[], int, long)} as a PNG. */
  public static void predictionGrid(
      Tensor predictions,
      Tensor images,
      int[] labels,
      String[] classNames,
      int n,
      long seed,
      Path file)
      throws IOException {
    TileFigure.writePng(predictionGrid(predictions, images, labels, classNames, n, seed), file);
  }

  /**
   * A gray image {@code [h, w]} (or {@code [h, w, 1]}) drawn large with each pixel's value written
   * on it, white on dark cells and black on light ones (the course's {@code visualize_input}); see
   * {@link PixelValuesPlot} for the number format.
   */
  public static BufferedImage pixelValues(Tensor image) {
    int r = image.rank();
    if (r != 2 && !(r == 3 && image.shape().dim(2) == 1)) {
      throw new IllegalArgumentException(
          "pixelValues: expected a gray image [h, w] or [h, w,"
              + " 1], got shape "
              + image.shape());
    }
    return new PixelValuesPlot(image.toArray(), image.shape().dim(0), image.shape().dim(1))
        .render();
  }

  /** {@link #pixelValues(Tensor)} written as a PNG to {@code file}. */
  public static void pixelValues(Tensor image, Path file) throws IOException {
    TileFigure.writePng(pixelValues(image), file);
  }

  /** The kernels of a built {@code Conv2D} layer, as {@link #filters(Tensor)}. */
  public static BufferedImage filters(Conv2D layer) {
    if (!layer.built()) {
      throw new IllegalStateException(
          "filters: "
              + layer.where()
              + " is not built yet;"
              + " add it to a model with an input shape, or fit the model, first");
    }
    return filters(layer.parameters().get(0).value());
  }

  /**
   * The filters of a kernel {@code [kh, kw, in, out]} tiled in a square grid of {@code
   * ceil(sqrt(out))} columns with thin white gaps (the course's {@code vis_square}), each
   * normalised to its own min..max: in colour when {@code in == 3} (the three input channels as R,
   * G, B), else in gray from the first input channel (a real kernel, not an average that could
   * cancel out).
   */
  public static BufferedImage filters(Tensor kernel) {
    if (kernel.rank() != 4 || kernel.size() == 0) {
      throw new IllegalArgumentException(
          "filters: expected a kernel [kh, kw, in, out], got" + " shape " + kernel.shape());
    }
    List<Tile> tiles = MapTiles.filters(kernel);
    int scale = TileFigure.scaleFor(kernel.shape().dim(0), kernel.shape().dim(1), FILTER_PIXELS);
    return new TileFigure(tiles, MapTiles.squareColumns(tiles.size()), scale, THIN_GAP).render();
  }

  /** {@link #filters(Conv2D)} written as a PNG to {@code file}. */
  public static void filters(Conv2D layer, Path file) throws IOException {
    TileFigure.writePng(filters(layer), file);
  }

  /** {@link #filters(Tensor)} written as a PNG to {@code file}. */
  public static void filters(Tensor kernel, Path file) throws IOException {
    TileFigure.writePng(filters(kernel), file);
  }

  /** The feature maps of the layer named {@code layerName}, as {@link #activations}. */
  public static BufferedImage activations(Sequential model, String layerName, Tensor image) {
    return activations(model, model.layers().indexOf(model.layer(layerName)), image);
  }

  /**
   * The feature maps {@code [h', w', c']} of layer {@code layerIndex} for one {@code image} ({@code
   * model.outputOf} on a batch of one), one tile per channel in a square grid, each normalised to
   * its own min..max and coloured with viridis (matplotlib's default).
   */
  public static BufferedImage activations(Sequential model, int layerIndex, Tensor image) {
    int[] dims = new int[image.rank() + 1];
    dims[0] = 1;
    System.arraycopy(image.shape().dims(), 0, dims, 1, image.rank());
    Tensor batch = PredictionGrid.toModelInput(model, image.reshape(dims));
    Tensor out = model.outputOf(layerIndex, batch);
    if (out.rank() != 4) {
      throw new IllegalArgumentException(
          "activations: expected feature maps [1, h, w, c] from"
              + " "
              + model.layer(layerIndex).where()
              + ", got shape "
              + out.shape()
              + ". Pick a convolution or pooling layer");
    }
    Tensor maps = out.index(0);
    List<Tile> tiles = MapTiles.featureMaps(maps, ColorMap.VIRIDIS);
    int scale = TileFigure.scaleFor(maps.shape().dim(0), maps.shape().dim(1), MAP_PIXELS);
    return new TileFigure(tiles, MapTiles.squareColumns(tiles.size()), scale, THIN_GAP).render();
  }

  /** {@link #activations(Sequential, String, Tensor)} written as a PNG to {@code file}. */
  public static void activations(Sequential model, String layerName, Tensor image, Path file)
      throws IOException {
    TileFigure.writePng(activations(model, layerName, image), file);
  }

  /** {@link #activations(Sequential, int, Tensor)} written as a PNG to {@code file}. */
  public static void activations(Sequential model, int layerIndex, Tensor image, Path file)
      throws IOException {
    TileFigure.writePng(activations(model, layerIndex, image), file);
  }

  /**
   * The R, G and B channels of {@code image [h, w, 3]} side by side: gray views on the first row,
   * tinted views (the channel alone in its own colour) on the second, with titles.
   */
  public static BufferedImage channels(Tensor image) {
    if (image.rank() != 3 || image.shape().dim(2) != 3) {
      throw new IllegalArgumentException(
          "channels: expected an RGB image [h, w, 3], got shape " + image.shape());
    }
    int h = image.shape().dim(0);
    int w = image.shape().dim(1);
    float[] x = image.toArray();
    float scale = TileImages.unitScale(x);
    String[] names = {"Red", "Green", "Blue"};
    int[] masks = {0xff0000, 0x00ff00, 0x0000ff};
    List<Tile> tiles = new ArrayList<>(6);
    for (int ch = 0; ch < 3; ch++) {
      tiles.add(new Tile(TileImages.tinted(x, h, w, 3, ch, scale, 0xffffff), names[ch]));
    }
    for (int ch = 0; ch < 3; ch++) {
      tiles.add(
          new Tile(TileImages.tinted(x, h, w, 3, ch, scale, masks[ch]), names[ch] + " (tinted)"));
    }
    return new TileFigure(tiles, 3, TileFigure.scaleFor(h, w, CHANNEL_PIXELS), GRID_GAP).render();
  }

  /** {@link #channels(Tensor)} written as a PNG to {@code file}. */
  public static void channels(Tensor image, Path file) throws IOException {
    TileFigure.writePng(channels(image), file);
  }

  private static void requirePositive(String where, String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(where + ": expected " + what + " >= 1, got " + value);
    }
  }
}
