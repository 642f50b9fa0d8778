package io.fovea.losses;

import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;
import java.util.Arrays;

/**
 * Checks that labels fit predictions, for losses and metrics, with Keras's tolerance of a trailing
 * axis of size 1 ({@code [batch]} labels for {@code [batch, 1]} predictions).
 *
 * <p>Three kinds of labels: <em>values</em> with the predictions' shape (regression, binary and
 * multi-label targets), <em>one-hot</em> rows {@code [batch, classes]} (or soft labels), and
 * <em>class indices</em> {@code [batch]} or {@code [batch, 1]} for {@code [batch, classes]}
 * predictions. Every error names the loss or metric and both shapes.
 */
public final class LabelShapes {

  private LabelShapes() {}

  /**
   * Labels holding one value per prediction: the same shape, or the same shape but for a trailing
   * axis of size 1 on either side.
   */
  public static void checkValues(String where, Shape yTrue, Shape yPred) {
    if (!sameUpToTrailingOne(yTrue, yPred)) {
      throw new LabelShapeException(where, yPred, yTrue, "(as the predictions)", null);
    }
  }

  /**
   * One-hot (or soft) labels: exactly the predictions' shape {@code [batch, ..., classes]}. Class
   * indices get a hint to the sparse loss and to {@code toCategorical}.
   */
  public static void checkOneHot(String where, Shape yTrue, Shape yPred, String sparseName) {
    if (yTrue.equals(yPred)) {
      return;
    }
    if (yPred.rank() >= 1 && isIndexShape(yTrue, yPred)) {
      int classes = yPred.dim(-1);
      throw new LabelShapeException(
          where,
          yPred,
          yTrue,
          "(one-hot)",
          "Use " + sparseName + " for integer labels, or toCategorical(labels, " + classes + ")");
    }
    throw new LabelShapeException(where, yPred, yTrue, "(one-hot)", null);
  }

  /**
   * Class indices: {@code yPred} without its last axis, optionally followed by an axis of size 1.
   * One-hot labels get a hint to the categorical loss.
   */
  public static void checkIndices(String where, Shape yTrue, Shape yPred, String oneHotName) {
    if (yPred.rank() < 1) {
      throw new IllegalArgumentException(
          where + ": expected predictions of rank >= 1 (batch, ..., classes), got " + yPred);
    }
    if (isIndexShape(yTrue, yPred)) {
      return;
    }
    Shape expected = yPred.without(-1);
    String hint =
        yTrue.equals(yPred) && yPred.dim(-1) > 1
            ? "Use " + oneHotName + " for one-hot labels"
            : null;
    throw new LabelShapeException(
        where, expected, yTrue, "or " + yPred.with(-1, 1) + " (class indices)", hint);
  }

  /** Checks that the gradient buffer a loss writes has the predictions' shape. */
  static void checkGradient(String where, Tensor grad, Shape yPred) {
    if (!grad.shape().equals(yPred)) {
      throw new ShapeMismatchException(
          where + " gradient",
          yPred,
          grad.shape(),
          "Pass a gradient tensor shaped like the predictions");
    }
  }

  /** Whether {@code yTrue} is {@code yPred} without its last axis, or that plus an axis of 1. */
  public static boolean isIndexShape(Shape yTrue, Shape yPred) {
    if (yPred.rank() < 1) {
      return false;
    }
    Shape rows = yPred.without(-1);
    return yTrue.equals(rows)
        || (yTrue.rank() == yPred.rank() && yTrue.dim(-1) == 1 && yTrue.without(-1).equals(rows));
  }

  private static boolean sameUpToTrailingOne(Shape a, Shape b) {
    if (a.equals(b)) {
      return true;
    }
    int[] da = a.dims();
    int[] db = b.dims();
    if (da.length == db.length + 1 && da[da.length - 1] == 1) {
      return Arrays.equals(Arrays.copyOf(da, db.length), db);
    }
    if (db.length == da.length + 1 && db[db.length - 1] == 1) {
      return Arrays.equals(Arrays.copyOf(db, da.length), da);
    }
    return false;
  }
}
