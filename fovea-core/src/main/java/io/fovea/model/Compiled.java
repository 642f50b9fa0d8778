package io.fovea.model;

import io.fovea.losses.Loss;
import io.fovea.losses.Losses;
import io.fovea.metrics.Metric;
import io.fovea.metrics.Metrics;
import io.fovea.optimizers.Optimizer;
import java.util.ArrayList;
import java.util.List;

/** What {@code compile} set: the optimiser, the loss and the metrics, in the user's order. */
record Compiled(Optimizer optimizer, Loss loss, List<Metric> metrics) {

  /** The loss and metrics by Keras name; the loss picks what "accuracy" means. */
  static Compiled named(Optimizer optimizer, String loss, String... metrics) {
    Loss l = Losses.get(loss);
    List<Metric> m = new ArrayList<>();
    for (String name : metrics) {
      m.add(Metrics.get(name, l));
    }
    return of(optimizer, l, m);
  }

  static Compiled of(Optimizer optimizer, Loss loss, List<Metric> metrics) {
    if (optimizer == null || loss == null) {
      throw new IllegalArgumentException(
          "compile: expected an optimizer and a loss, got "
              + (optimizer == null ? "no optimizer" : "no loss"));
    }
    for (Metric m : metrics) {
      if (m == null) {
        throw new IllegalArgumentException("compile: expected metrics, got null");
      }
    }
    return new Compiled(optimizer, loss, List.copyOf(metrics));
  }
}
