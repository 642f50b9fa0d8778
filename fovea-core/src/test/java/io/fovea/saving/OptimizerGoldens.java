package io.fovea.saving;

import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.optimizers.Adadelta;
import io.fovea.optimizers.Adagrad;
import io.fovea.optimizers.Adam;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.RMSprop;
import io.fovea.optimizers.SGD;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The model, optimizer cases and data of {@code golden/keras-optimizer/} (see its {@code
 * common.py}), and the JSON form of tensors its files use: {@code {"shape": [...], "values":
 * [...]}}.
 */
final class OptimizerGoldens {

  /** Steps trained before saving; batch {@code STEPS} is the next step. */
  static final int STEPS = 3;

  private static final String FOLDER = "/golden/keras-optimizer/";

  private OptimizerGoldens() {}

  /** The optimizer cases of {@code common.py}, by file name, with the same hyperparameters. */
  static Map<String, Supplier<Optimizer>> cases() {
    Map<String, Supplier<Optimizer>> cases = new LinkedHashMap<>();
    cases.put("adam", () -> new Adam(0.01));
    cases.put("adam_amsgrad", () -> new Adam(0.01, 0.9, 0.999, 1e-7, true));
    cases.put("sgd", () -> new SGD(0.1));
    cases.put("sgd_momentum", () -> new SGD(0.1, 0.9, true));
    cases.put("rmsprop", () -> new RMSprop(0.01, 0.9, 0.5, 1e-7, true));
    cases.put("adagrad", () -> new Adagrad(0.1));
    cases.put("adadelta", () -> new Adadelta(1.0));
    return cases;
  }

  /** {@code common.model()} with seeded weights, compiled with {@code optimizer}. */
  static Sequential model(Optimizer optimizer) {
    Sequential model =
        new Sequential(
                new InputLayer(6, 6, 1),
                new BatchNormalization(),
                new Conv2D(2, 3).activation("relu"),
                new Flatten(),
                new Dense(3, "softmax"))
            .name("optimizer_test");
    KerasWriterTest.randomize(model, 11);
    model.compile(optimizer, "categorical_crossentropy");
    return model;
  }

  /** One training step on {@code batch} of {@code batches.json}, as Keras's train_on_batch. */
  static void step(Sequential model, int batch) throws IOException {
    Map<String, Object> b =
        KerasConfig.asMap(
            KerasConfig.asList(json("batches.json").get("batches"), "batches").get(batch), "batch");
    Tensor x = tensor(b.get("x_shape"), b.get("x"));
    Tensor y = tensor(b.get("y_shape"), b.get("y"));
    model.fit(x, y, Fit.epochs(1).batchSize(x.shape().dim(0)).shuffle(false).verbose(0));
  }

  /** Iterations, learning rate, slots and weights, in the form of {@code common.state}. */
  static Map<String, Object> state(Sequential model) {
    Optimizer optimizer = model.optimizer();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("iterations", optimizer.iterations());
    out.put("learning_rate", (double) optimizer.learningRate());
    out.put("slots", toJson(optimizer.slotVariables(model.trainableParameters())));
    out.put("weights", toJson(model.getWeights()));
    return out;
  }

  /** Tensors from their JSON form. */
  static List<Tensor> tensors(Object json, String where) {
    List<Tensor> out = new ArrayList<>();
    for (Object o : KerasConfig.asList(json, where)) {
      Map<String, Object> t = KerasConfig.asMap(o, where);
      out.add(tensor(t.get("shape"), t.get("values")));
    }
    return out;
  }

  static List<Object> toJson(List<Tensor> tensors) {
    List<Object> out = new ArrayList<>();
    for (Tensor t : tensors) {
      List<Object> shape = new ArrayList<>();
      for (int d : t.shape().dims()) {
        shape.add(d);
      }
      List<Object> values = new ArrayList<>();
      for (float v : t.toArray()) {
        values.add((double) v);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("shape", shape);
      m.put("values", values);
      out.add(m);
    }
    return out;
  }

  static Path file(String name) throws URISyntaxException {
    return Path.of(OptimizerGoldens.class.getResource(FOLDER + name).toURI());
  }

  static Map<String, Object> json(String name) throws IOException {
    try (InputStream in = OptimizerGoldens.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IOException(FOLDER + name + ": not found");
      }
      return KerasConfig.asMap(
          Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), name);
    }
  }

  private static Tensor tensor(Object shape, Object values) {
    List<Object> s = KerasConfig.asList(shape, "shape");
    List<Object> v = KerasConfig.asList(values, "values");
    int[] dims = s.stream().mapToInt(d -> ((Number) d).intValue()).toArray();
    float[] data = new float[v.size()];
    for (int i = 0; i < data.length; i++) {
      data[i] = ((Number) v.get(i)).floatValue();
    }
    return Tensor.of(data, dims);
  }
}
