package io.fovea.tensor;

import java.util.Arrays;

/**
 * The bounds checks behind {@link Tensor}'s element access and bulk copies: the only places where
 * code outside this package reaches a tensor's storage, so every index and range is checked here
 * before the array is touched.
 */
final class TensorAccess {

  private TensorAccess() {}

  /** The array index of {@code idx} (one index per axis) in a tensor of {@code shape}. */
  static int flatIndex(String where, Shape shape, int offset, int[] idx) {
    if (idx == null || idx.length != shape.rank()) {
      throw new IllegalArgumentException(
          where
              + ": expected "
              + shape.rank()
              + " indices for shape "
              + shape
              + ", got "
              + (idx == null ? "null" : Arrays.toString(idx)));
    }
    int flat = 0;
    for (int k = 0; k < idx.length; k++) {
      flat = flat * shape.dim(k) + checkIndex(where, shape, idx[k], k);
    }
    return offset + flat;
  }

  /** Requires {@code 0 <= i < shape.dim(axis)}; returns {@code i}. */
  static int checkIndex(String where, Shape shape, int i, int axis) {
    if (shape.rank() == 0 || i < 0 || i >= shape.dim(axis)) {
      throw new IndexOutOfBoundsException(
          where
              + ": expected an index in [0, "
              + (shape.rank() == 0 ? 0 : shape.dim(axis))
              + ") on axis "
              + axis
              + " of shape "
              + shape
              + ", got "
              + i);
    }
    return i;
  }

  /** Requires a row-major index {@code 0 <= i < shape.size()}; returns {@code i}. */
  static int checkFlat(String where, Shape shape, int i) {
    if (i < 0 || i >= shape.size()) {
      throw new IndexOutOfBoundsException(
          where + ": expected an index in [0, " + shape.size() + ") for " + shape + ", got " + i);
    }
    return i;
  }

  /**
   * Requires {@code array} to hold the {@code shape.size()} values of a tensor of {@code shape}
   * from {@code at}; {@code name} names the argument ({@code dst}, {@code src}).
   */
  static void checkRange(String where, String name, float[] array, int at, Shape shape) {
    if (array == null) {
      throw new IllegalArgumentException(where + ": expected an array " + name + ", got null");
    }
    int n = shape.size();
    if (array.length < n) {
      throw new IndexOutOfBoundsException(
          where
              + ": expected "
              + name
              + " of length >= "
              + n
              + " for shape "
              + shape
              + ", got length "
              + array.length);
    }
    if (at < 0 || at > array.length - n) {
      throw new IndexOutOfBoundsException(
          where
              + ": expected "
              + name
              + "Offset in [0, "
              + (array.length - n)
              + "] for "
              + n
              + " values of shape "
              + shape
              + " in "
              + name
              + " of length "
              + array.length
              + ", got "
              + at);
    }
  }
}
