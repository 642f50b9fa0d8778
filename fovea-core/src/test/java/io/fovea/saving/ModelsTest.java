package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.keras3.Keras3Reader;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

  private static final long SEED = 20260523L;

  @Test
  void loadsTheKeras215LegacyH5WithBatchNormalization() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.LEGACY_H5);
    Sequential model = Models.load(file);

    assertThat(model.layers()).hasSize(28);
    assertThat(model.inputShape()).isEqualTo(Shape.of(32, 32, 3));
    // NOTE.md: 179,418 params, 864 of them non-trainable (the BN moving statistics).
    assertThat(model.countParams()).isEqualTo(179_418);
    int nonTrainable =
        model.layers().stream()
            .flatMap(l -> l.parameters().stream())
            .filter(p -> !p.trainable())
            .mapToInt(p -> p.size())
            .sum();
    assertThat(nonTrainable).isEqualTo(864);
    assertThat(model.layer(27).typeName()).isEqualTo("Activation");
    assertThat(model.summary()).contains("179,418");
    // training_config names "Custom>Adamax", which Fovea does not have: loaded uncompiled, as Keras
    // does when it cannot restore an optimizer.
    assertThat(model.optimizer()).isNull();

    try (Hdf5 h5 = JhdfFile.open(file)) {
      assertSameWeight(model.layer("conv2d_3"), 0, h5, "/model_weights/conv2d_3/conv2d_3/kernel:0");
      assertSameWeight(
          model.layer("batch_normalization_7"),
          3,
          h5,
          "/model_weights/batch_normalization_7/batch_normalization_7/moving_variance:0");
      assertSameWeight(model.layer("dense"), 1, h5, "/model_weights/dense/dense/bias:0");
    }
    assertPredictsProbabilities(model);
  }

  @Test
  void loadsTheKeras3Archive() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.KERAS3);
    Sequential model = Models.load(file);

    assertThat(model.layers())
        .extracting(Layer::name)
        .containsExactly(
            "conv2d",
            "max_pooling2d",
            "conv2d_1",
            "max_pooling2d_1",
            "conv2d_2",
            "max_pooling2d_2",
            "flatten",
            "dense",
            "dropout",
            "dense_1");
    // 896 + 18,496 + 36,928 + 131,200 + 1,290 (from the HDF5 shapes in NOTE.md).
    assertThat(model.countParams()).isEqualTo(188_810);
    assertThat(model.loss().name())
        .as("compile_config restored")
        .isEqualTo("sparse_categorical_crossentropy");
    assertThat(model.optimizer().getClass().getSimpleName()).isEqualTo("Adam");
    assertThat(model.optimizer().learningRate()).isEqualTo(0.001f);
    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      assertSameWeight(model.layer("conv2d_1"), 0, h5, "/layers/conv2d_1/vars/0");
      assertSameWeight(model.layer("dense_1"), 1, h5, "/layers/dense_1/vars/1");
    }
    assertPredictsProbabilities(model);
  }

  @Test
  void loadsTheTfKeras214ArchiveWithCheckpointDependencies() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.TF_KERAS_214);
    Sequential model = Models.load(file);

    assertThat(model.layers()).hasSize(11);
    // 896 + 128 + 9,248 + 128 + 262,176 + 128 + 330.
    assertThat(model.countParams()).isEqualTo(273_034);
    try (Hdf5 h5 = Keras3Reader.weights(file)) {
      String bn = "/_layer_checkpoint_dependencies/batch_normalization_2/vars/";
      assertSameWeight(model.layer("batch_normalization_2"), 0, h5, bn + "0");
      assertSameWeight(model.layer("batch_normalization_2"), 2, h5, bn + "2");
      assertSameWeight(model.layer("dense"), 0, h5, "/_layer_checkpoint_dependencies/dense/vars/0");
    }
    assertPredictsProbabilities(model);
  }

  @Test
  void refusesTheSubclassedModelByName() {
    Path file = KerasFixtures.get(KerasFixtures.SUBCLASSED);
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("model of class 'NestedDenseModel'")
        .hasMessageContaining("nothing stored in a file is ever executed");
  }

  @Test
  void loadWeightsByOrderAndByNameRestoreTheStoredValues() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.LEGACY_H5);
    Sequential reference = Models.load(file);
    Sequential model = Models.load(file);
    model.setWeights(model.getWeights().stream().map(w -> Tensor.zeros(w.shape())).toList());

    Models.loadWeights(model, file);
    assertSameWeights(reference, model);

    model.setWeights(model.getWeights().stream().map(w -> Tensor.zeros(w.shape())).toList());
    Models.loadWeightsByName(model, file);
    assertSameWeights(reference, model);
  }

  @Test
  void loadWeightsReadsAKeras3Archive() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.KERAS3);
    Sequential reference = Models.load(file);
    Sequential model = Models.load(file);
    model.setWeights(model.getWeights().stream().map(w -> Tensor.zeros(w.shape())).toList());
    Models.loadWeights(model, file);
    assertSameWeights(reference, model);
  }

  @Test
  void aShapeMismatchNamesTheLayerAndBothShapesAndLeavesTheModelUnchanged() throws IOException {
    Path file = KerasFixtures.get(KerasFixtures.KERAS3);
    Sequential model = Models.load(file);
    // Same layers, but the first convolution has 16 filters instead of 32.
    Sequential other = new Sequential();
    other.add(new io.fovea.nn.InputLayer(32, 32, 3));
    other.add(new io.fovea.nn.Conv2D(16, 3).padding("same"));
    for (Layer l : model.layers().subList(1, model.layers().size())) {
      other.add(l.config().create());
    }
    List<Tensor> before = other.getWeights();

    assertThatThrownBy(() -> Models.loadWeights(other, file))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining("'conv2d'")
        .hasMessageContaining("[3, 3, 3, 16]")
        .hasMessageContaining("[3, 3, 3, 32]")
        .hasMessageContaining("/layers/conv2d/vars/0");
    assertWeightsEqual(before, other.getWeights());
  }

  private static void assertSameWeight(Layer layer, int index, Hdf5 h5, String path)
      throws IOException {
    Tensor stored = h5.floats(path);
    Tensor loaded = layer.getWeights().get(index);
    assertThat(loaded.shape()).isEqualTo(stored.shape());
    assertThat(loaded.toArray()).as(path).containsExactly(stored.toArray());
  }

  private static void assertSameWeights(Sequential expected, Sequential actual) {
    assertWeightsEqual(expected.getWeights(), actual.getWeights());
  }

  private static void assertWeightsEqual(List<Tensor> expected, List<Tensor> actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).toArray())
          .as("weight " + i)
          .containsExactly(expected.get(i).toArray());
    }
  }

  private static void assertPredictsProbabilities(Sequential model) {
    Tensor x = Tensor.randomUniform(Shape.of(4, 32, 32, 3), 0f, 1f, SEED);
    Tensor p = model.predict(x);
    assertThat(p.shape()).isEqualTo(Shape.of(4, 10));
    for (int r = 0; r < 4; r++) {
      double sum = 0;
      for (int c = 0; c < 10; c++) {
        float v = p.get(r, c);
        assertThat(v).as("seed %d row %d", SEED, r).isBetween(0f, 1f);
        sum += v;
      }
      assertThat(sum)
          .as("seed %d row %d", SEED, r)
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }
}
