package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.optimizers.Optimizer;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optimizer state across Keras and Fovea, one case per optimizer configuration ({@link
 * OptimizerGoldens#cases()}), from {@code golden/keras-optimizer/}:
 *
 * <ul>
 *   <li>{@code keras-<case>.keras}, trained in Keras and saved ({@code make_keras_files.py}), load
 *       into Fovea with the optimizer state Keras had ({@code keras-expected.json}), and Fovea's
 *       next step gives Keras's weights;
 *   <li>{@code fovea-<case>.keras}, trained in Fovea and saved (this test, with {@code
 *       -Dfovea.golden.write=<folder>}, with {@code fovea-expected.json}), were loaded by Keras
 *       without warning and stepped once ({@code verify.py}, {@code results.json}): Fovea's next
 *       step gives Keras's weights.
 * </ul>
 */
class KerasOptimizerGoldenTest {

  private static final double TOLERANCE = 1e-5;

  @TempDir Path dir;

  @Test
  void kerasTrainedFilesLoadWithTheirOptimizerStateAndStepAsKeras() throws Exception {
    Map<String, Object> expected = OptimizerGoldens.json("keras-expected.json");
    for (String name : OptimizerGoldens.cases().keySet()) {
      Map<String, Object> keras = KerasConfig.asMap(expected.get(name), name);
      Sequential model = Models.load(OptimizerGoldens.file("keras-" + name + ".keras"));
      Optimizer optimizer = model.optimizer();

      assertThat(optimizer.iterations()).as(name).isEqualTo(OptimizerGoldens.STEPS);
      assertThat((double) optimizer.learningRate())
          .as(name)
          .isEqualTo(((Number) keras.get("learning_rate")).doubleValue());
      assertExact(
          name + " slots",
          optimizer.slotVariables(model.trainableParameters()),
          OptimizerGoldens.tensors(keras.get("slots"), name));
      OptimizerGoldens.step(model, OptimizerGoldens.STEPS);
      assertClose(
          name + " next step",
          model.getWeights(),
          OptimizerGoldens.tensors(keras.get("next_weights"), name));
    }
  }

  @Test
  void foveaTrainedFilesStepInFoveaAsKerasSteppedThem() throws Exception {
    Map<String, Object> results = OptimizerGoldens.json("results.json");
    for (String name : OptimizerGoldens.cases().keySet()) {
      Map<String, Object> keras = KerasConfig.asMap(results.get(name), name);
      Sequential model = Models.load(OptimizerGoldens.file("fovea-" + name + ".keras"));

      assertThat(KerasConfig.asList(keras.get("warnings"), name)).as(name).isEmpty();
      assertExact(
          name + " slots Keras loaded",
          model.optimizer().slotVariables(model.trainableParameters()),
          OptimizerGoldens.tensors(keras.get("slots"), name));
      OptimizerGoldens.step(model, OptimizerGoldens.STEPS);
      assertClose(
          name + " next step",
          model.getWeights(),
          OptimizerGoldens.tensors(keras.get("next_weights"), name));
    }
  }

  @Test
  void foveaTrainsTheCommittedFilesAgain() throws Exception {
    String out = System.getProperty("fovea.golden.write");
    // Writing the goldens again compares with nothing: the committed ones are being replaced.
    Map<String, Object> committed =
        out == null ? OptimizerGoldens.json("fovea-expected.json") : null;
    Map<String, Object> written = new LinkedHashMap<>();
    for (var c : OptimizerGoldens.cases().entrySet()) {
      Sequential model = OptimizerGoldens.model(c.getValue().get());
      for (int s = 0; s < OptimizerGoldens.STEPS; s++) {
        OptimizerGoldens.step(model, s);
      }
      Path file = dir.resolve("fovea-" + c.getKey() + ".keras");
      Models.save(model, file);
      Map<String, Object> state = OptimizerGoldens.state(model);
      OptimizerGoldens.step(model, OptimizerGoldens.STEPS);
      state.put("next_weights", OptimizerGoldens.toJson(model.getWeights()));
      written.put(c.getKey(), state);
      if (out != null) {
        Files.copy(
            file, Path.of(out, file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        continue;
      }
      Map<String, Object> old = KerasConfig.asMap(committed.get(c.getKey()), c.getKey());
      for (String key : List.of("slots", "weights", "next_weights")) {
        assertClose(
            c.getKey() + " " + key,
            OptimizerGoldens.tensors(state.get(key), key),
            OptimizerGoldens.tensors(old.get(key), key));
      }
    }
    if (out != null) {
      Files.writeString(Path.of(out, "fovea-expected.json"), JsonWriter.write(written) + "\n");
    }
  }

  private static void assertExact(String what, List<Tensor> actual, List<Tensor> expected) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).shape()).as("%s %d", what, i).isEqualTo(expected.get(i).shape());
      assertThat(actual.get(i).toArray())
          .as("%s %d", what, i)
          .containsExactly(expected.get(i).toArray());
    }
  }

  private static void assertClose(String what, List<Tensor> actual, List<Tensor> expected) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i).shape()).as("%s %d", what, i).isEqualTo(expected.get(i).shape());
      float[] a = actual.get(i).toArray();
      float[] e = expected.get(i).toArray();
      for (int k = 0; k < a.length; k++) {
        assertThat((double) a[k])
            .as("%s %d element %d", what, i, k)
            .isCloseTo(e[k], Offset.offset(TOLERANCE));
      }
    }
  }
}
