package io.fovea.plot;

import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the course draws with matplotlib, one static call each, written to PNG (or SVG for the
 * charts when the file name ends with {@code .svg}). This class only delegates: charts live in
 * {@link Charts}, image grids in {@link ImagePlots}, the HTML report in {@link Report}.
 *
 * <pre>{@code
 * Plots.learningCurves(model.fit(x, y, Fit.epochs(10).validationSplit(0.1)),
 *     Path.of("curves.png"));
 * }</pre>
 */
public final class Plots {

  private Plots() {}

  // ---------------------------------------------------------------- charts (Charts)

  /** Loss and accuracy per epoch, training vs validation, two panels; see {@link Charts}. */
  public static void learningCurves(History history, Path out) throws IOException {
    Charts.learningCurves(history, out);
  }

  /** The confusion matrix as a heat map with counts; see {@link Charts}. */
  public static void confusionMatrix(int[] yTrue, int[] yPred, String[] classNames, Path out)
      throws IOException {
    Charts.confusionMatrix(yTrue, yPred, classNames, out);
  }

  /** The class regions of a 2-input model shaded under its points; see {@link Charts}. */
  public static void decisionBoundary(Sequential model, Tensor x, Tensor y, Path out)
      throws IOException {
    Charts.decisionBoundary(model, x, y, out);
  }

  // ---------------------------------------------------------------- image grids (ImagePlots)

  /** Images tiled in a grid with optional titles; see {@link ImagePlots#imageGrid}. */
  public static void imageGrid(Tensor images, String[] titles, int cols, Path out)
      throws IOException {
    ImagePlots.imageGrid(images, titles, cols, out);
  }

  /** Images tiled in a grid with titles (e.g. a data set's {@code classNames()}). */
  public static void imageGrid(Tensor images, List<String> titles, int cols, Path out)
      throws IOException {
    ImagePlots.imageGrid(images, titles.toArray(String[]::new), cols, out);
  }

  /** Images tiled in a grid without titles. */
  public static void imageGrid(Tensor images, int cols, Path out) throws IOException {
    ImagePlots.imageGrid(images, (String[]) null, cols, out);
  }

  /**
   * A random sample of {@code n} images titled "predicted (true)", blue when right and red when
   * wrong; see {@link ImagePlots#predictionGrid}.
   */
  public static void predictionGrid(
      Sequential model,
      Tensor images,
      Tensor labels,
      String[] classNames,
      int n,
      long seed,
      Path out)
      throws IOException {
    ImagePlots.predictionGrid(model, images, labels, classNames, n, seed, out);
  }

  /** {@link #predictionGrid(Sequential, Tensor, Tensor, String[], int, long, Path)} with a list. */
  public static void predictionGrid(
      Sequential model,
      Tensor images,
      Tensor labels,
      List<String> classNames,
      int n,
      long seed,
      Path out)
      throws IOException {
    predictionGrid(model, images, labels, classNames.toArray(String[]::new), n, seed, out);
  }

  /** A small gray image with each pixel's value written on it; see {@link ImagePlots}. */
  public static void pixelValues(Tensor image, Path out) throws IOException {
    ImagePlots.pixelValues(image, out);
  }

  /** A convolution layer's kernels tiled, each normalised; see {@link ImagePlots#filters}. */
  public static void filters(Conv2D layer, Path out) throws IOException {
    ImagePlots.filters(layer, out);
  }

  /** The feature maps of one layer for one image; see {@link ImagePlots#activations}. */
  public static void activations(Sequential model, String layerName, Tensor image, Path out)
      throws IOException {
    ImagePlots.activations(model, layerName, image, out);
  }

  /** The red, green and blue channels side by side; see {@link ImagePlots#channels}. */
  public static void channels(Tensor image, Path out) throws IOException {
    ImagePlots.channels(image, out);
  }
}
