package io.fovea.data;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Class labels as integers and as one-hot rows (Keras's {@code to_categorical}).
 *
 * <p>{@code toCategorical}: labels {@code [n]} (or any shape {@code s}) give {@code [n, C]} ({@code
 * s + [C]}) with {@code out[i, labels[i]] = 1}; a trailing axis of size 1 is dropped first, as
 * Keras does for {@code [n, 1]} label columns. {@code argmax}: the reverse, the index of the
 * largest value along the last axis; {@code topK}: the {@code k} largest with their values.
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
   * The index of the largest value of each row along the last axis (the first on ties; a NaN counts
   * as the largest, as in NumPy): {@code [n, C]} one-hot rows or scores give {@code n} labels. It
   * is {@link Ops#argmax}, the one argmax of the library, row by row.
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
    int[] out = new int[rows.size() / c];
    for (int r = 0; r < out.length; r++) {
      out[r] = Ops.argmax(rows, r);
    }
    return out;
  }

  /** One of a row's best classes: its index along the last axis and its value there. */
  public record ClassScore(int index, float probability) {}

  /**
   * The {@code k} largest values of each row along the last axis, largest first, ties broken by the
   * lower index (NaN ranks last): {@code [n, C]} probabilities give {@code n} lists of {@code
   * min(k, C)} classes; {@code [C]} gives one. {@code k = 1} picks what {@link #argmax} picks for
   * rows without NaN.
   *
   * @throws IllegalArgumentException for rank 0, a last axis of size 0, or {@code k < 1}
   */
  public static List<List<ClassScore>> topK(Tensor rows, int k) {
    if (rows.rank() < 1 || rows.shape().dim(-1) == 0) {
      throw new IllegalArgumentException(
          "topK: expected a tensor of rank >= 1 with a last axis of size >= 1, got "
              + rows.shape());
    }
    if (k < 1) {
      throw new IllegalArgumentException("topK: expected k >= 1, got " + k);
    }
    int c = rows.shape().dim(-1);
    float[] v = rows.toArray();
    List<List<ClassScore>> out = new ArrayList<>(v.length / c);
    for (int r = 0; r < v.length / c; r++) {
      out.add(topOfRow(v, r * c, c, Math.min(k, c)));
    }
    return List.copyOf(out);
  }

  /** The {@code k} best of {@code v[from, from + c)}, kept sorted by insertion. */
  private static List<ClassScore> topOfRow(float[] v, int from, int c, int k) {
    int[] index = new int[k];
    int count = 0;
    for (int j = 0; j < c; j++) {
      float x = v[from + j];
      if (count == k && !better(x, v[from + index[k - 1]])) {
        continue;
      }
      // Strictly better only, so that an equal value stays after the lower index.
      int at = count < k ? count : k - 1;
      while (at > 0 && better(x, v[from + index[at - 1]])) {
        index[at] = index[at - 1];
        at--;
      }
      index[at] = j;
      count = Math.min(count + 1, k);
    }
    List<ClassScore> best = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      best.add(new ClassScore(index[i], v[from + index[i]]));
    }
    return List.copyOf(best);
  }

  // Descending order with NaN last, as sorting by Double.compare(-a, -b) gives.
  private static boolean better(float a, float b) {
    return Double.compare(-(double) a, -(double) b) < 0;
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
