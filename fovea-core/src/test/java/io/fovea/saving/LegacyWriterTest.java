package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
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
  void legacyWeightsLoadIntoAFreshModelAndNameOnlyLayersWithWeights() throws IOException {
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
          .containsExactly("conv2d", "batch_normalization", "conv2d_1", "dense");
      assertThat(h5.strings("/batch_normalization", "weight_names").orElseThrow())
          .containsExactly(
              "batch_normalization/gamma:0",
              "batch_normalization/beta:0",
              "batch_normalization/moving_mean:0",
              "batch_normalization/moving_variance:0");
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
      assertThat(h5.strings("/model_weights", "layer_names").orElseThrow()).hasSize(4);
    }
  }

  @Test
  void refusesAConfigOverTheAttributeLimitNamingItsSizeAndLeavesNoFile() {
    Sequential model = new Sequential(new InputLayer(2));
    for (int i = 0; i < 400; i++) {
      model.add(new Dense(2));
    }
    model.add(new Flatten());
    Path file = dir.resolve("big.h5");
    assertThatThrownBy(() -> Models.saveLegacy(model, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("model_config is \\d+ bytes; .* at most 64000 bytes .*");
    assertThat(file).doesNotExist();
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
