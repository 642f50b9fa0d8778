package io.fovea.saving.codec;

import io.fovea.metrics.Metric;
import io.fovea.model.Sequential;
import io.fovea.optimizers.Optimizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: Keras 3's {@code compile_config} of a compiled model, the reverse of {@link
 * CompileConfigReader}: {@code {"optimizer": {"module": "keras.optimizers", "class_name": "Adam",
 * "config": {...}}, "loss": "categorical_crossentropy", "metrics": ["accuracy"], ...}}.
 */
public final class CompileConfigWriter {

  private static final Map<String, String> OPTIMIZER_CLASSES =
      Map.of(
          "sgd", "SGD",
          "adam", "Adam",
          "rmsprop", "RMSprop",
          "adagrad", "Adagrad",
          "adadelta", "Adadelta");

  private CompileConfigWriter() {}

  /** The compile config of {@code model}, or null when it is not compiled. */
  public static Map<String, Object> of(Sequential model) {
    Optimizer optimizer = model.optimizer();
    if (optimizer == null || model.loss() == null) {
      return null;
    }
    Map<String, Object> settings = new LinkedHashMap<>(optimizer.config());
    String cls = OPTIMIZER_CLASSES.getOrDefault(optimizer.name(), optimizer.name());
    List<Object> metrics = new ArrayList<>();
    for (Metric m : model.metrics()) {
      metrics.add(m.name());
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("optimizer", KerasObjects.object("keras.optimizers", cls, settings));
    c.put("loss", model.loss().name());
    c.put("loss_weights", null);
    c.put("metrics", metrics);
    c.put("weighted_metrics", null);
    c.put("run_eagerly", false);
    c.put("steps_per_execution", 1);
    c.put("jit_compile", false);
    return c;
  }
}
