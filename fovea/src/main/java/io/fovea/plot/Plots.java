package io.fovea.plot;

import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything the course draws with matplotlib, one static call each, written to PNG (or SVG
 * for the charts when the file name ends with {@code .svg}). This class only delegates: charts
 * live in {@link Charts}, image grids in their own classes, the HTML report in {@link Report}.
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
  // imageGrid, predictionGrid, pixelValues, filters, activations and channels delegate to
  // ImagePlots here (added when the grids branch is merged).
}
