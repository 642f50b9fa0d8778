package io.fovea.plot;

import io.fovea.model.Sequential;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;

/**
 * The sample, the classes and the titles of {@link ImagePlots#predictionGrid}: {@code n} distinct
 * images drawn with a seeded shuffle, each titled {@code "predicted (true)"} in blue when right and
 * red when wrong.
 */
final class PredictionGrid {

  /** matplotlib's named colours {@code 'blue'} and {@code 'red'}. */
  static final Color RIGHT = new Color(0, 0, 255);

  static final Color WRONG = new Color(255, 0, 0);

  private PredictionGrid() {}

  /** {@code n} distinct indices of {@code 0 .. total - 1}, in the order a seeded shuffle gives. */
  static int[] sample(int total, int n, long seed) {
    int[] all = new int[total];
    Arrays.setAll(all, i -> i);
    Random random = new Random(seed);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(total - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return Arrays.copyOf(all, n);
  }

  /** The images at {@code idx}, as a new batch {@code [idx.length, ...]}. */
  static Tensor gather(Tensor images, int[] idx) {
    Tensor out = Tensor.zeros(images.shape().with(0, idx.length));
    return Ops.gatherSamples(images, idx, 0, idx.length, out);
  }

  /** The model's classes for {@code batch}. */
  static int[] predict(Sequential model, Tensor batch) {
    return classes(model.predict(toModelInput(model, batch)), "predictionGrid: model output");
  }

  /**
   * {@code batch} reshaped to the model's per-sample input shape when the sizes agree but the ranks
   * differ ({@code [n, 28, 28]} for a model built for {@code [28, 28, 1]}).
   */
  static Tensor toModelInput(Sequential model, Tensor batch) {
    Shape in = model.inputShape();
    Tensor x = batch;
    if (in != null
        && in.size() == batch.size() / batch.shape().dim(0)
        && batch.rank() - 1 != in.rank()) {
      int[] dims = new int[in.rank() + 1];
      dims[0] = batch.shape().dim(0);
      System.arraycopy(in.dims(), 0, dims, 1, in.rank());
      x = batch.reshape(dims);
    }
    return x;
  }

  /**
   * Classes from {@code [n]} class indices, {@code [n, 1]} probabilities (1 above 0.5) or {@code
   * [n, k]} scores (argmax).
   */
  static int[] classes(Tensor t, String what) {
    int n = t.rank() == 0 ? 0 : t.shape().dim(0);
    if (t.rank() == 1 || t.rank() == 2 && t.shape().dim(1) == 1) {
      float[] v = t.toArray();
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = t.rank() == 1 ? Math.round(v[i]) : v[i] > 0.5f ? 1 : 0;
      }
      return out;
    }
    if (t.rank() != 2) {
      throw new IllegalArgumentException(
          what
              + ": expected class indices [n], probabilities"
              + " [n, 1] or scores [n, classes], got shape "
              + t.shape());
    }
    float[] a = t.argmax(-1).toArray();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) a[i];
    }
    return out;
  }

  /** {@code "predicted (true)"} with the class names, or the indices where a name is missing. */
  static String title(int predicted, int truth, String[] classNames) {
    return name(predicted, classNames) + " (" + name(truth, classNames) + ")";
  }

  private static String name(int c, String[] classNames) {
    return classNames != null && c >= 0 && c < classNames.length
        ? classNames[c]
        : Integer.toString(c);
  }

  /** {@code n} distinct image indices, after checking the labels and {@code n}. */
  static int[] sample(Tensor images, int[] labels, int n, long seed) {
    int total = Batch.of("predictionGrid", images).n;
    if (labels.length != total) {
      throw new IllegalArgumentException(
          "predictionGrid: expected one label per image (" + total + "), got " + labels.length);
    }
    if (n < 1 || n > total) {
      throw new IllegalArgumentException(
          "predictionGrid: expected 1 <= n <= " + total + " (the number of images), got n=" + n);
    }
    return sample(total, n, seed);
  }

  /** The grid of the sampled images with coloured {@code "predicted (true)"} titles. */
  static BufferedImage figure(
      int[] predicted, Tensor batch, int[] labels, int[] idx, String[] classNames) {
    String[] titles = new String[idx.length];
    Color[] colors = new Color[idx.length];
    for (int k = 0; k < idx.length; k++) {
      int truth = labels[idx[k]];
      titles[k] = title(predicted[k], truth, classNames);
      colors[k] = predicted[k] == truth ? RIGHT : WRONG;
    }
    return TileFigure.ofImages(
        "predictionGrid", batch, titles, colors, MapTiles.squareColumns(idx.length));
  }
}
