package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Activation;
import io.fovea.nn.AveragePooling2D;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.GlobalAveragePooling2D;
import io.fovea.nn.GlobalMaxPooling2D;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.ZeroPadding2D;
import io.fovea.saving.keras3.Keras3Reader;
import io.fovea.tensor.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KerasWriterTest {

  private static final long SEED = 20261123L;

  @TempDir Path dir;

  /** Every 2-D layer type, with random weights (BatchNormalization variances positive). */
  static Sequential imageModel() {
    Sequential model =
        new Sequential(
                new InputLayer(8, 8, 3),
                new ZeroPadding2D(1, 0, 0, 1),
                new Conv2D(4, 3).activation("relu").padding("same"),
                new BatchNormalization(),
                new MaxPooling2D(2),
                new AveragePooling2D(2).strides(1).padding("same"),
                new Activation("tanh"),
                new Dropout(0.25),
                new Conv2D(3, 1),
                new GlobalAveragePooling2D().keepdims(true),
                new GlobalMaxPooling2D().keepdims(true),
                new Flatten(),
                new Dense(5, "softmax"))
            .name("write_test");
    randomize(model, SEED);
    model.compile("adam", "categorical_crossentropy", "accuracy");
    return model;
  }

  static Sequential sequenceModel() {
    Sequential model =
        new Sequential(
            new InputLayer(10, 2),
            new Conv1D(3, 3).activation("relu"),
            new Flatten(),
            new Dense(2));
    randomize(model, SEED + 1);
    return model;
  }

  static void randomize(Sequential model, long seed) {
    for (Layer layer : model.layers()) {
      List<Tensor> values = new ArrayList<>();
      boolean positive = layer instanceof BatchNormalization;
      for (Tensor w : layer.getWeights()) {
        float lo = positive ? 0.5f : -0.5f;
        values.add(Tensor.randomUniform(w.shape(), lo, lo + 1, seed++));
      }
      layer.setWeights(values);
    }
  }

  static Tensor input(int... dims) {
    return Tensor.randomUniform(io.fovea.tensor.Shape.of(dims), 0, 1, SEED + 7);
  }

  @Test
  void savedArchiveLoadsAsTheSameModelWithIdenticalPredictions() throws IOException {
    for (Sequential model : List.of(imageModel(), sequenceModel())) {
      Path file = dir.resolve(model.name() + ".keras");
      Tensor x = input(prepend(4, model.inputShape().dims()));

      Models.save(model, file);
      Sequential back = Models.load(file);

      assertThat(back.layers())
          .extracting(Layer::name)
          .containsExactlyElementsOf(model.layers().stream().map(Layer::name).toList());
      assertThat(back.layers().stream().map(l -> l.config().getClass()).toList())
          .isEqualTo(model.layers().stream().map(l -> l.config().getClass()).toList());
      assertThat(back.predict(x).toArray()).containsExactly(model.predict(x).toArray());
      assertThat(back.optimizer() == null).isEqualTo(model.optimizer() == null);
    }
  }

  @Test
  void savedWeightsLoadIntoAFreshModelWithIdenticalPredictions() throws IOException {
    Sequential model = imageModel();
    Path file = dir.resolve("w.weights.h5");
    Tensor x = input(4, 8, 8, 3);

    Models.saveWeights(model, file);
    Sequential fresh = imageModel();
    randomize(fresh, 99);
    Models.loadWeights(fresh, file);

    assertThat(fresh.predict(x).toArray()).containsExactly(model.predict(x).toArray());
  }

  @Test
  void archiveHoldsTheThreeKerasMembersAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("m.keras");
    Models.save(imageModel(), file);
    Models.save(imageModel(), file);

    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertThat(zip.stream().map(e -> e.getName()).toList())
          .containsExactly("metadata.json", "config.json", "model.weights.h5");
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("m.keras");
    }
  }

  @Test
  void weightlessModelStillWritesAReadableFile() throws IOException {
    Sequential model = new Sequential(new InputLayer(4, 4, 1), new Flatten());
    Path file = dir.resolve("none.weights.h5");

    Models.saveWeights(model, file);
    Models.loadWeights(model, file);

    assertThat(Files.size(file)).isPositive();
  }

  @Test
  void weightsFileHoldsAVarsGroupPerLayerTheOptimizerAndTheModel() throws IOException {
    Sequential model = imageModel();
    Path file = dir.resolve("tree.weights.h5");

    Models.saveWeights(model, file);

    try (HdfFile h5 = new HdfFile(file)) {
      assertThat(h5.getChildren().keySet()).containsExactly("layers", "optimizer", "vars");
      assertThat(h5.getAttributes()).isEmpty();
      Group layers = (Group) h5.getChild("layers");
      assertThat(layers.getChildren().keySet())
          .containsExactlyInAnyOrderElementsOf(Keras3Reader.keys(model));
      Group pool = (Group) h5.getByPath("layers/max_pooling2d/vars");
      assertThat(pool.getChildren()).isEmpty();
      assertThat(pool.getAttribute("name").getData()).isEqualTo("max_pooling2d");
      Group conv = (Group) h5.getByPath("layers/conv2d_1/vars");
      assertThat(conv.getChildren().keySet()).containsExactlyInAnyOrder("0", "1");
      assertThat(conv.getAttribute("name").getData()).isEqualTo("conv2d_1");
      assertThat(h5.getDatasetByPath("optimizer/vars/0").getData()).isEqualTo(0);
      assertThat(h5.getDatasetByPath("optimizer/vars/1").getData()).isEqualTo(0.001f);
      assertThat(h5.getByPath("optimizer/vars").getAttribute("name").getData()).isEqualTo("adam");
      assertThat(h5.getByPath("vars").getAttribute("name").getData()).isEqualTo("write_test");
    }
  }

  @Test
  void uncompiledModelHasNoOptimizerGroup() throws IOException {
    Path file = dir.resolve("seq.weights.h5");

    Models.saveWeights(sequenceModel(), file);

    try (HdfFile h5 = new HdfFile(file)) {
      assertThat(h5.getChildren().keySet()).containsExactly("layers", "vars");
      assertThat(h5.getByPath("vars").getAttribute("name").getData()).isEqualTo("sequential");
    }
  }

  @Test
  void refusesAnUnbuiltModel() {
    assertThatThrownBy(() -> Models.save(new Sequential(new Dense(2)), dir.resolve("x.keras")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("built");
  }

  static int[] prepend(int first, int[] rest) {
    int[] out = new int[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
