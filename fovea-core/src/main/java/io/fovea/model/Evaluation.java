package io.fovea.model;

import io.fovea.metrics.Metric;
import io.fovea.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loss and metrics of a model on data, in inference mode and in batches: the loss is the mean
 * over samples (each batch's mean weighted by its size, as Keras's {@code Mean} tracker), the
 * metrics accumulate over all batches.
 */
final class Evaluation {

  private final Sequential model;
  private final String where;
  private double lossSum;
  private long seen;
  private Tensor grad;

  Evaluation(Sequential model, String where) {
    this.model = model;
    this.where = where;
  }

  /** {@code {prefix + "loss": ..., prefix + metric: ...}} over {@code steps} batches (0: all). */
  Map<String, Double> run(Tensor x, Tensor y, int batchSize, int steps, String prefix) {
    Compiled c = model.compiled(where);
    if (batchSize < 1) {
      throw new IllegalArgumentException(where + ": expected batchSize >= 1, got " + batchSize);
    }
    Inference.checkX(model, where, prefix.isEmpty() ? "x" : "validation x", x);
    Inference.checkY(model, c.loss(), where, prefix.isEmpty() ? "y" : "validation y", x, y);
    c.metrics().forEach(Metric::reset);
    int n = x.shape().dim(0);
    Batches xs = new Batches(x);
    Batches ys = new Batches(y);
    int batch = 0;
    for (int from = 0; from < n && (steps == 0 || batch < steps); from += batchSize, batch++) {
      int to = Math.min(n, from + batchSize);
      add(c, xs.range(from, to), ys.range(from, to));
    }
    return logs(c, prefix);
  }

  /**
   * {@code {prefix + "loss": ..., prefix + metric: ...}} over {@code steps} batches of pass 0 of
   * {@code source} (0: one pass).
   */
  Map<String, Double> run(BatchSource source, int steps, String prefix) {
    Compiled c = model.compiled(where);
    c.metrics().forEach(Metric::reset);
    int count = steps > 0 ? steps : source.batchesPerEpoch();
    String what = prefix.isEmpty() ? "x" : "validation x";
    try (BatchSource.Stream batches = source.stream(0)) {
      for (int i = 0; i < count; i++) {
        BatchSource.Batch b = batches.next();
        FitLoop.checkBatch(model, c, b, where, what);
        add(c, b.x(), b.y());
      }
    }
    return logs(c, prefix);
  }

  private void add(Compiled c, Tensor x, Tensor y) {
    Tensor out = Inference.forward(model.layers(), x, model.layers().size() - 1, false);
    if (grad == null || !grad.shape().equals(out.shape())) {
      grad = Tensor.zeros(out.shape());
    }
    int size = x.shape().dim(0);
    lossSum += c.loss().compute(y, out, grad) * size;
    seen += size;
    for (Metric m : c.metrics()) {
      m.update(y, out);
    }
  }

  private Map<String, Double> logs(Compiled c, String prefix) {
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put(prefix + "loss", seen == 0 ? Double.NaN : lossSum / seen);
    for (Metric m : c.metrics()) {
      logs.put(prefix + m.name(), m.result());
    }
    return logs;
  }
}
