package io.fovea.model;

import io.fovea.metrics.Metric;
import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss and metrics of a model on data, in inference mode and in batches: the loss is the
 * mean over samples (each batch's mean weighted by its size, as Keras's {@code Mean} tracker),
 * the metrics accumulate over all batches.
 */
final class Evaluation {

  private final Sequential model;
  private final String where;

  Evaluation(Sequential model, String where) {
    this.model = model;
    this.where = where;
  }

  /**
   * {@code {prefix + "loss": ..., prefix + metric: ...}} over {@code steps} batches (0: all).
   */
  Map<String, Double> run(Tensor x, Tensor y, int batchSize, int steps, String prefix) {
    Compiled c = model.compiled(where);
    if (batchSize < 1) {
      throw new IllegalArgumentException(where + ": expected batchSize >= 1, got " + batchSize);
    }
    Inference.checkX(model, where, prefix.isEmpty() ? "x" : "validation x", x);
    Inference.checkY(model, c.loss(), where, prefix.isEmpty() ? "y" : "validation y", x, y);
    List<Metric> metrics = c.metrics();
    metrics.forEach(Metric::reset);
    int n = x.shape().dim(0);
    int last = model.layers().size() - 1;
    Batches xs = new Batches(x);
    Batches ys = new Batches(y);
    double lossSum = 0;
    long seen = 0;
    Tensor grad = null;
    int batch = 0;
    for (int from = 0; from < n && (steps == 0 || batch < steps); from += batchSize, batch++) {
      int to = Math.min(n, from + batchSize);
      Tensor yb = ys.range(from, to);
      Tensor out = Inference.forward(model.layers(), xs.range(from, to), last, false);
      if (grad == null || !grad.shape().equals(out.shape())) {
        grad = Tensor.zeros(out.shape());
      }
      lossSum += c.loss().compute(yb, out, grad) * (to - from);
      seen += to - from;
      for (Metric m : metrics) {
        m.update(yb, out);
      }
    }
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put(prefix + "loss", seen == 0 ? Double.NaN : lossSum / seen);
    for (Metric m : metrics) {
      logs.put(prefix + m.name(), m.result());
    }
    return logs;
  }
}
