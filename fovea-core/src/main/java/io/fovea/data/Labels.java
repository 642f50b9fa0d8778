package io.fovea.data;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Arrays;

/**
 * Class labels as integers and as one-hot rows (Keras's {@code to_categorical}).
 *
 * <p>{@code toCategorical}: labels {@code [n]} (or any shape {@code s}) give {@code [n, C]} ({@code
 * s + [C]}) with {@code out[i, labels[i]] = 1}; a trailing axis of size 1 is dropped first, as
 * Keras does for {@code [n, 1]} label columns. {@code argmax}: the reverse, the index of the
 * largest value along the last axis.
 */
public final class Labels {

  private Labels() {}

  /** One-hot rows {@code [n, numClasses]} for integer labels. */
  public static Tensor toCategorical(int[] labels, int numClasses) {
    return oneHot(labels, new int[] {labels.length}, numClasses);
  }

  /** One-hot rows with {@code numClasses = max(labels) + 1}. */
  public static Tensor toCategorical(int[] labels) {
    return toCategorical(labels, Arrays.stream(labels).max().orElse(-1) + 1);
  }

  /**
   * One-hot encoding of a tensor of integer-valued labels, shape {@code s} to {@code s +
   * [numClasses]} (a trailing 1 in {@code s} dropped).
   *
   * @throws IllegalArgumentException naming a label that is not an integer in range
   */
  public static Tensor toCategorical(Tensor labels, int numClasses) {
    int[] dims = labels.shape().dims();
    if (dims.length > 1 && dims[dims.length - 1] == 1) {
      dims = Arrays.copyOf(dims, dims.length - 1);
    }
    float[] v = labels.toArray();
    int[] ints = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      ints[i] = (int) v[i];
      if (ints[i] != v[i]) {
        throw new IllegalArgumentException(
            "toCategorical: expected integer labels, got " + v[i] + " at index " + i);
      }
    }
    return oneHot(ints, dims, numClasses);
  }

  /** One-hot encoding with {@code numClasses = max(labels) + 1}. */
  public static Tensor toCategorical(Tensor labels) {
    return toCategorical(labels, labels.size() == 0 ? 0 : (int) labels.max() + 1);
  }

  private static Tensor oneHot(int[] labels, int[] dims, int numClasses) {
    if (numClasses < 1 && labels.length > 0) {
      throw new IllegalArgumentException(
          "toCategorical: expected numClasses >= 1, got " + numClasses);
    }
    float[] out = new float[labels.length * numClasses];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException(
            "toCategorical: expected labels in [0, "
                + numClasses
                + "), got "
                + labels[i]
                + " at index "
                + i
                + ". Pass numClasses > "
                + labels[i]
                + " or fix the label");
      }
      out[i * numClasses + labels[i]] = 1;
    }
    int[] outDims = Arrays.copyOf(dims, dims.length + 1);
    outDims[dims.length] = numClasses;
    return Tensor.wrap(out, outDims);
  }

  /**
   * The index of the largest value of each row along the last axis (the first on ties): {@code [n,
   * C]} one-hot rows or scores give {@code n} labels.
   */
  public static int[] argmax(Tensor rows) {
    if (rows.rank() < 1) {
      throw new IllegalArgumentException(
          "argmax: expected a tensor of rank >= 1, got " + rows.shape());
    }
    Shape s = rows.shape();
    int c = s.dim(-1);
    if (c == 0) {
      throw new IllegalArgumentException("argmax: expected a last axis of size >= 1, got " + s);
    }
    float[] v = rows.toArray();
    int[] out = new int[v.length / c];
    for (int r = 0; r < out.length; r++) {
      int best = 0;
      for (int k = 1; k < c; k++) {
        if (v[r * c + k] > v[r * c + best]) {
          best = k;
        }
      }
      out[r] = best;
    }
    return out;
  }

  /** Integer labels as a float tensor {@code [n]} (exact up to 2^24). */
  public static Tensor asTensor(int[] labels) {
    float[] v = new float[labels.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = labels[i];
    }
    return Tensor.wrap(v, labels.length);
  }

  /**
   * A tensor of integer-valued floats as ints.
   *
   * @throws IllegalArgumentException naming a value that is not an integer
   */
  public static int[] asInts(Tensor labels) {
    float[] v = labels.toArray();
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (int) v[i];
      if (out[i] != v[i]) {
        throw new IllegalArgumentException(
            "asInts: expected integer labels, got " + v[i] + " at index " + i);
      }
    }
    return out;
  }
}
