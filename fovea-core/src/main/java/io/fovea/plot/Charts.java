package io.fovea.plot;

import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Charts of training and of results, drawn as matplotlib draws them by default: learning curves
 * (XChart), a confusion matrix and a decision boundary (Java2D). Each figure comes as a {@link
 * BufferedImage} or written to a file: PNG, or SVG when the name ends with {@code .svg}. Files are
 * written atomically.
 *
 * <pre>{@code
 * History h = model.fit(x, y, Fit.epochs(20).validationSplit(0.2));
 * Charts.learningCurves(h, Path.of("curves.png"));
 * Charts.confusionMatrix(yTest, model.predictClasses(xTest), names, Path.of("cm.png"));
 * }</pre>
 */
public final class Charts {

  private Charts() {}

  // ---------------------------------------------------------------- learning curves

  /**
   * Loss and accuracy per epoch (x from 1), training in blue and validation in orange, two panels
   * side by side, each {@code 600 x 450}: the loss, and {@code accuracy} (or else the first
   * metric). One panel when {@code fit} logged no metric; one line per panel without validation.
   */
  public static BufferedImage learningCurves(History history) {
    return learningCurves(history.asMap());
  }

  /** The learning curves of a history given as Keras's {@code history.history} map. */
  public static BufferedImage learningCurves(Map<String, List<Double>> history) {
    LearningCurves f = new LearningCurves(history);
    return Figures.render(f.width(), f.height(), f);
  }

  /** Writes {@link #learningCurves(History)} to {@code out} (PNG, or SVG for {@code .svg}). */
  public static void learningCurves(History history, Path out) throws IOException {
    learningCurves(history.asMap(), out);
  }

  /** Writes the learning curves of a {@code history.history} map to {@code out}. */
  public static void learningCurves(Map<String, List<Double>> history, Path out)
      throws IOException {
    LearningCurves f = new LearningCurves(history);
    Figures.write(out, f.width(), f.height(), f);
  }

  // ---------------------------------------------------------------- confusion matrix

  /**
   * The confusion matrix {@code [n][n]}: entry {@code [i][j]} counts the samples of true class
   * {@code i} predicted as class {@code j} (scikit-learn's {@code confusion_matrix}).
   *
   * @throws IllegalArgumentException when the lengths differ or a label is outside {@code [0, n)},
   *     naming the index
   */
  public static int[][] confusionCounts(int[] yTrue, int[] yPred, int numClasses) {
    if (numClasses < 1) {
      throw new IllegalArgumentException(
          "confusionMatrix: expected at least 1 class, got " + numClasses);
    }
    return ConfusionMatrix.count(yTrue, yPred, numClasses);
  }

  /**
   * The confusion matrix as a heat map (true classes down, predicted across, counts written in the
   * cells, matplotlib's {@code Blues} colours), one class per name.
   */
  public static BufferedImage confusionMatrix(int[] yTrue, int[] yPred, String[] classNames) {
    ConfusionMatrix f = confusion(yTrue, yPred, classNames);
    return Figures.render(f.width(), f.height(), f);
  }

  /** Writes {@link #confusionMatrix(int[], int[], String[])} to {@code out}. */
  public static void confusionMatrix(int[] yTrue, int[] yPred, String[] classNames, Path out)
      throws IOException {
    ConfusionMatrix f = confusion(yTrue, yPred, classNames);
    Figures.write(out, f.width(), f.height(), f);
  }

  static ConfusionMatrix confusion(int[] yTrue, int[] yPred, String[] classNames) {
    return new ConfusionMatrix(
        confusionCounts(yTrue, yPred, classNames.length), classNames.clone());
  }

  // ---------------------------------------------------------------- decision boundary

  /**
   * The class regions of {@code model} for 2-D inputs, shaded over the points {@code x [n, 2]}
   * coloured by their class {@code y} ({@code [n]}, {@code [n, 1]} or one-hot {@code [n, k]}): a
   * {@code 200 x 200} grid over the points is predicted in one batch; a single (sigmoid) output
   * gives class {@code p > 0.5}, several give the argmax. The figure is {@code 580 x 595}.
   */
  public static BufferedImage decisionBoundary(Sequential model, Tensor x, Tensor y) {
    DecisionBoundary f = boundary(model, x, y);
    return Figures.render(DecisionBoundary.WIDTH, DecisionBoundary.HEIGHT, f);
  }

  /** Writes {@link #decisionBoundary(Sequential, Tensor, Tensor)} to {@code out}. */
  public static void decisionBoundary(Sequential model, Tensor x, Tensor y, Path out)
      throws IOException {
    Figures.write(out, DecisionBoundary.WIDTH, DecisionBoundary.HEIGHT, boundary(model, x, y));
  }

  private static DecisionBoundary boundary(Sequential model, Tensor x, Tensor y) {
    if (x.rank() != 2 || x.shape().dim(1) != 2 || x.shape().dim(0) == 0) {
      throw new IllegalArgumentException(
          "decisionBoundary: expected x of shape [n, 2] with n > 0"
              + ", got "
              + x.shape()
              + ". The picture needs exactly two input features");
    }
    return new DecisionBoundary(model, x, y);
  }
}
