package io.fovea.losses;

import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;

/**
 * A {@link ShapeMismatchException} worded for labels: {@code <loss>: expected labels of shape
 * <expected> <kind>, got <actual>[. <hint>.]}, e.g. {@code categorical_crossentropy: expected
 * labels of shape [32, 10] (one-hot), got [32]. Use sparse_categorical_crossentropy for integer
 * labels, or toCategorical(labels, 10).}
 */
final class LabelShapeException extends ShapeMismatchException {

  private static final long serialVersionUID = 1L;

  private final String message;

  LabelShapeException(String where, Shape expected, Shape actual, String kind, String hint) {
    super(where + " labels", expected, actual, hint);
    this.message =
        where
            + ": expected labels of shape "
            + expected
            + " "
            + kind
            + ", got "
            + actual
            + (hint == null ? "" : ". " + hint + ".");
  }

  @Override
  public String getMessage() {
    return message;
  }
}
