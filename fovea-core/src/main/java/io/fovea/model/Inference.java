package io.fovea.model;

import io.fovea.losses.Loss;
import io.fovea.nn.Layer;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks data at the model's edge and runs layers in inference mode, batch after batch. Every call
 * works on tensors of its own (its {@link Batches}, the layers' fresh outputs, the result), so that
 * several threads may predict with one model at once; {@link Sequential} guards it against a
 * concurrent {@code fit}.
 */
final class Inference {

  private Inference() {}

  /**
   * Checks that {@code x} is {@code [samples, ...inputShape]}, building the model from it when the
   * input shape was not known yet.
   */
  static void checkX(Sequential model, String where, String what, Tensor x) {
    if (x == null || x.rank() < 2) {
      throw new IllegalArgumentException(
          where
              + ": expected "
              + what
              + " of rank >= 2 "
              + "[samples, ...], got "
              + (x == null ? "null" : "shape " + x.shape()));
    }
    model.ensureBuilt(where, Batches.perSample(x));
    Shape want = model.inputShape();
    if (!Batches.perSample(x).equals(want)) {
      Layer first = model.layer(0);
      throw new IllegalArgumentException(
          where
              + ": expected "
              + what
              + " of shape [samples, "
              + Arrays.toString(want.dims()).substring(1)
              + " for "
              + first.where()
              + ", got "
              + x.shape()
              + hint(want, x.shape()));
    }
  }

  /** A hint when only the channel axis is missing ([n, 28, 28] for [28, 28, 1]). */
  private static String hint(Shape want, Shape got) {
    int[] w = want.dims();
    int[] g = got.dims();
    boolean missingChannel =
        g.length == w.length
            && w[w.length - 1] == 1
            && Arrays.equals(Arrays.copyOfRange(g, 1, g.length), Arrays.copyOf(w, w.length - 1));
    return missingChannel
        ? ". Add the channel axis: x.reshape("
            + g[0]
            + ", "
            + Arrays.toString(w).substring(1, Arrays.toString(w).length() - 1)
            + ")"
        : "";
  }

  /** Checks {@code y} against {@code x} (sample counts) and the loss (label shapes). */
  static void checkY(Sequential model, Loss loss, String where, String what, Tensor x, Tensor y) {
    if (y == null || y.rank() < 1) {
      throw new IllegalArgumentException(
          where
              + ": expected "
              + what
              + " of rank >= 1 "
              + "[samples, ...], got "
              + (y == null ? "null" : "shape " + y.shape()));
    }
    int n = x.shape().dim(0);
    if (y.shape().dim(0) != n) {
      throw new IllegalArgumentException(
          where
              + ": expected "
              + what
              + " with as many samples "
              + "as x ("
              + n
              + "), got "
              + y.shape().dim(0)
              + " (x "
              + x.shape()
              + ", "
              + what
              + " "
              + y.shape()
              + ")");
    }
    int[] out = model.outputShape().dims();
    int[] pred = new int[out.length + 1];
    pred[0] = n;
    System.arraycopy(out, 0, pred, 1, out.length);
    loss.checkLabels(y.shape(), Shape.of(pred));
  }

  /** The outputs of layers {@code 0..last} for {@code x}, in inference mode, copied. */
  static Tensor predict(Sequential model, Tensor x, int last, int batchSize, String where) {
    if (batchSize < 1) {
      throw new IllegalArgumentException(where + ": expected batchSize >= 1, got " + batchSize);
    }
    checkX(model, where, "x", x);
    List<Layer> layers = model.layers();
    int n = x.shape().dim(0);
    Shape perSample = layers.get(last).outputShape();
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = n;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    Tensor result = Tensor.zeros(dims);
    Batches batches = new Batches(x);
    for (int from = 0; from < n; from += batchSize) {
      int to = Math.min(n, from + batchSize);
      Tensor a = forward(layers, batches.range(from, to), last, false);
      Ops.copySamples(a, 0, to - from, result, from);
    }
    return result;
  }

  /**
   * The outputs of the whole model for {@code steps} batches of pass 0 of {@code source} (0: one
   * pass), in inference mode, stacked in order {@code [samples, ...outputShape]}.
   */
  static Tensor predict(Sequential model, BatchSource source, int steps) {
    int count = steps > 0 ? steps : source.batchesPerEpoch();
    List<Tensor> parts = new ArrayList<>();
    int samples = 0;
    try (BatchSource.Stream batches = source.stream(0)) {
      for (int i = 0; i < count; i++) {
        Tensor x = batches.next().x();
        checkX(model, "predict", "x", x);
        parts.add(forward(model.layers(), x, model.layers().size() - 1, false).copy());
        samples += x.shape().dim(0);
      }
    }
    Shape perSample = model.outputShape();
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = samples;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    Tensor result = Tensor.zeros(dims);
    int at = 0;
    for (Tensor p : parts) {
      Ops.copySamples(p, 0, p.shape().dim(0), result, at);
      at += p.shape().dim(0);
    }
    return result;
  }

  /**
   * The class of each sample of the predictions {@code p}: the argmax of the last axis, or for a
   * single (sigmoid) output 1 where it exceeds 0.5.
   */
  static int[] classes(Tensor p) {
    boolean single = p.shape().dim(p.rank() - 1) == 1;
    float[] v = single ? p.toArray() : p.argmax(-1).toArray();
    int[] out = new int[v.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = single ? (v[i] > 0.5f ? 1 : 0) : (int) v[i];
    }
    return out;
  }

  /**
   * Runs layers {@code 0..last} on a batch. In training mode the result may be a layer's buffer; in
   * inference mode it is the call's own (or a view of {@code batch}), so that threads may share the
   * layers.
   */
  static Tensor forward(List<Layer> layers, Tensor batch, int last, boolean training) {
    Tensor a = batch;
    for (int i = 0; i <= last; i++) {
      a = layers.get(i).forward(a, training);
    }
    return a;
  }
}
