package io.fovea.tensor;

/**
 * Thrown when a tensor's shape is not the one an operation needs; carries both shapes.
 *
 * <p>The message reads {@code <where>: expected shape <expected>, got <actual>}, e.g. {@code add:
 * expected shape [2, 3], got [3, 2]}, optionally followed by a hint.
 */
public class ShapeMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Shape expected;
  private final transient Shape actual;

  /** A mismatch in {@code where}: {@code expected} was needed, {@code actual} was given. */
  public ShapeMismatchException(String where, Shape expected, Shape actual) {
    this(where, expected, actual, null);
  }

  /** As {@link #ShapeMismatchException(String, Shape, Shape)}, followed by {@code hint}. */
  public ShapeMismatchException(String where, Shape expected, Shape actual, String hint) {
    super(
        where
            + ": expected shape "
            + expected
            + ", got "
            + actual
            + (hint == null ? "" : ". " + hint));
    this.expected = expected;
    this.actual = actual;
  }

  /** The shape the operation needed. */
  public Shape expected() {
    return expected;
  }

  /** The shape it was given. */
  public Shape actual() {
    return actual;
  }
}
