package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyWriterTest {

  @TempDir Path dir;

  @Test
  void savedLegacyModelLoadsAsTheSameModelWithIdenticalPredictions() throws IOException {
    for (Sequential model :
        List.of(KerasWriterTest.imageModel(), KerasWriterTest.sequenceModel())) {
      Path file = dir.resolve(model.name() + ".h5");
      Tensor x = KerasWriterTest.input(KerasWriterTest.prepend(4, model.inputShape().dims()));

      Models.saveLegacy(model, file);
      Sequential back = Models.load(file);

      assertThat(back.layers()).hasSameSizeAs(model.layers());
      assertThat(back.predict(x).toArray()).containsExactly(model.predict(x).toArray());
      assertThat(back.optimizer() == null).isEqualTo(model.optimizer() == null);
    }
  }

  @Test
  void legacyWeightsLoadIntoAFreshModelAndListEveryLayerAsKerasDoes() throws IOException {
    Sequential model = KerasWriterTest.imageModel();
    Path file = dir.resolve("w.h5");
    Models.saveLegacyWeights(model, file);

    Sequential fresh = KerasWriterTest.imageModel();
    KerasWriterTest.randomize(fresh, 3);
    Models.loadWeights(fresh, file);
    Tensor x = KerasWriterTest.input(2, 8, 8, 3);
    assertThat(fresh.predict(x).toArray()).containsExactly(model.predict(x).toArray());
    try (Hdf5 h5 = JhdfFile.open(file)) {
      assertThat(h5.strings("/", "layer_names").orElseThrow())
          .containsExactlyElementsOf(model.layers().stream().map(Layer::name).toList());
      assertThat(h5.strings("/batch_normalization", "weight_names").orElseThrow())
          .containsExactly(
              "batch_normalization/gamma:0",
              "batch_normalization/beta:0",
              "batch_normalization/moving_mean:0",
              "batch_normalization/moving_variance:0");
      assertThat(h5.strings("/flatten", "weight_names").orElseThrow()).isEmpty();
      assertThat(h5.strings("/top_level_model_weights", "weight_names").orElseThrow()).isEmpty();
      assertThat(h5.string("/", "backend")).contains("tensorflow");
      assertThat(h5.exists("/dense/dense/kernel:0")).isTrue();
      assertThat(h5.string("/", "model_config")).isEmpty();
    }
  }

  @Test
  void legacyConfigIsSpelledAsKeras2() throws IOException {
    Path file = dir.resolve("m.h5");
    Models.saveLegacy(KerasWriterTest.imageModel(), file);
    try (Hdf5 h5 = JhdfFile.open(file)) {
      String config = h5.string("/", "model_config").orElseThrow();
      assertThat(config)
          .startsWith("{\"class_name\": \"Sequential\"")
          .contains("\"batch_input_shape\": [null, 8, 8, 3]", "\"dtype\": \"float32\"")
          .doesNotContain("\"module\"", "registered_name", "build_config", "DTypePolicy");
      assertThat(h5.string("/", "training_config").orElseThrow())
          .contains("\"optimizer_config\": {\"class_name\": \"Adam\"");
      assertThat(h5.strings("/model_weights", "layer_names").orElseThrow()).hasSize(12);
    }
  }

  @Test
  void aModelWhoseConfigIsOver200KilobytesSavesAndLoadsWithIdenticalWeightsAndPredictions()
      throws IOException {
    Sequential model = longNamedModel(150);
    KerasWriterTest.randomize(model, 11);
    Path file = dir.resolve("big.h5");
    Path weights = dir.resolve("big-weights.h5");
    Tensor x = KerasWriterTest.input(3, 4, 4, 2);

    Models.saveLegacy(model, file);
    Models.saveLegacyWeights(model, weights);
    Sequential back = Models.load(file);
    Sequential fresh = longNamedModel(150);
    Models.loadWeights(fresh, weights);

    try (Hdf5 h5 = JhdfFile.open(file)) {
      assertThat(h5.string("/", "model_config").orElseThrow().length()).isGreaterThan(200_000);
      // 302 names of 300 bytes are over Keras's 64512-byte limit: split as Keras splits them.
      assertThat(h5.strings("/model_weights", "layer_names")).isEmpty();
      assertThat(h5.strings("/model_weights", "layer_names1").orElseThrow()).isNotEmpty();
    }
    for (Sequential loaded : List.of(back, fresh)) {
      for (int i = 0; i < model.layers().size(); i++) {
        List<Tensor> want = model.layers().get(i).getWeights();
        List<Tensor> got = loaded.layers().get(i).getWeights();
        assertThat(got).hasSameSizeAs(want);
        for (int w = 0; w < want.size(); w++) {
          assertThat(got.get(w).toArray()).containsExactly(want.get(w).toArray());
        }
      }
      assertThat(loaded.predict(x).toArray()).containsExactly(model.predict(x).toArray());
    }
  }

  /** A model of {@code n} 1x1 convolutions and {@code n} dense layers with 300-character names. */
  static Sequential longNamedModel(int n) {
    Sequential model = new Sequential(new InputLayer(4, 4, 2));
    String pad = "_with_a_deliberately_long_name".repeat(10).substring(0, 290);
    for (int i = 0; i < n; i++) {
      model.add(new Conv2D(2, 1).activation("tanh").name(String.format("conv%06d%s", i, pad)));
    }
    model.add(new Flatten().name("flatten"));
    for (int i = 0; i < n; i++) {
      model.add(new Dense(4, "tanh").name(String.format("dense%05d%s", i, pad)));
    }
    return model;
  }

  @Test
  void refusesAModelWithoutWeights() throws IOException {
    Sequential model = new Sequential(new InputLayer(4, 4, 1), new Flatten());
    assertThatThrownBy(() -> Models.saveLegacyWeights(model, dir.resolve("none.h5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no weights");
    assertThat(Files.list(dir)).isEmpty();
  }
}
