package io.fovea.tensor;

import java.lang.reflect.Array;

/**
 * Conversions between tensors and nested Java arrays ({@code float[][]}, {@code double[][]}, {@code
 * float[][][]}, ...): the shape is read from the nesting, and ragged arrays are rejected with the
 * path of the first row whose length differs.
 */
final class NestedArrays {

  private NestedArrays() {}

  /** A new tensor holding a copy of a rectangular nested {@code float} or {@code double} array. */
  static Tensor toTensor(String where, Object nested) {
    if (nested == null) {
      throw new IllegalArgumentException(where + ": expected an array, got null");
    }
    // The rank comes from the type, so that an empty level still gives the full rank.
    int rank = nested.getClass().getName().lastIndexOf('[') + 1;
    int[] shape = new int[rank];
    Object level = nested;
    for (int depth = 0; depth < rank; depth++) {
      shape[depth] = level == null ? 0 : Array.getLength(level);
      level = shape[depth] > 0 && depth < rank - 1 ? Array.get(level, 0) : null;
    }
    Tensor t = Tensor.zeros(shape);
    int[] cursor = {0};
    copyIn(where, nested, shape, 0, "", t.data(), cursor);
    return t;
  }

  private static void copyIn(
      String where, Object level, int[] shape, int depth, String path, float[] out, int[] cursor) {
    if (level == null) {
      throw new IllegalArgumentException(where + ": expected an array at " + path + ", got null");
    }
    int n = Array.getLength(level);
    if (n != shape[depth]) {
      throw new IllegalArgumentException(
          where
              + ": expected a rectangular array, but "
              + (path.isEmpty() ? "the array" : "row " + path)
              + " has length "
              + n
              + " where "
              + shape[depth]
              + " was expected");
    }
    if (n == 0) {
      return;
    }
    if (depth == shape.length - 1) {
      if (level instanceof float[]) {
        System.arraycopy((float[]) level, 0, out, cursor[0], n);
      } else {
        double[] d = (double[]) level;
        for (int i = 0; i < n; i++) {
          out[cursor[0] + i] = (float) d[i];
        }
      }
      cursor[0] += n;
      return;
    }
    for (int i = 0; i < n; i++) {
      copyIn(where, Array.get(level, i), shape, depth + 1, path + "[" + i + "]", out, cursor);
    }
  }

  /** The values of a rank-2 tensor as {@code float[rows][cols]}. */
  static float[][] toFloat2d(Tensor t) {
    requireRank(t, 2, "toFloat2d");
    int rows = t.shape().dim(0);
    int cols = t.shape().dim(1);
    float[][] out = new float[rows][cols];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(t.data(), t.offset() + r * cols, out[r], 0, cols);
    }
    return out;
  }

  /** The values of a rank-3 tensor as {@code float[d0][d1][d2]}. */
  static float[][][] toFloat3d(Tensor t) {
    requireRank(t, 3, "toFloat3d");
    float[][][] out = new float[t.shape().dim(0)][][];
    for (int i = 0; i < out.length; i++) {
      out[i] = toFloat2d(t.index(i));
    }
    return out;
  }

  static void requireRank(Tensor t, int rank, String where) {
    if (t.rank() != rank) {
      throw new IllegalArgumentException(
          where + ": expected a tensor of rank " + rank + ", got shape " + t.shape());
    }
  }
}
