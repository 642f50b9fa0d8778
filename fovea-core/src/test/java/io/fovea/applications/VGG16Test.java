package io.fovea.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.saving.Models;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VGG16Test {

  private static final List<String> BASE_NAMES =
      List.of(
          "block1_conv1",
          "block1_conv2",
          "block1_pool",
          "block2_conv1",
          "block2_conv2",
          "block2_pool",
          "block3_conv1",
          "block3_conv2",
          "block3_conv3",
          "block3_pool",
          "block4_conv1",
          "block4_conv2",
          "block4_conv3",
          "block4_pool",
          "block5_conv1",
          "block5_conv2",
          "block5_conv3",
          "block5_pool");

  private static final List<String> WEIGHTED_BASE_NAMES =
      BASE_NAMES.stream().filter(n -> n.contains("conv")).toList();

  @Test
  void baseHasKerasNamesAndParameterCount() {
    Sequential model = VGG16.build(false);
    assertThat(names(model)).isEqualTo(BASE_NAMES);
    assertThat(model.countParams()).isEqualTo(14_714_688);
    assertThat(model.outputShape()).isEqualTo(Shape.of(7, 7, 512));
  }

  @Test
  void fullModelHasKerasNamesAndParameterCount() {
    // About 1.1 GB (weights and gradients) under the suite's -Xmx3g; dropped when the test ends.
    Sequential model = VGG16.build(true);
    List<String> expected = new java.util.ArrayList<>(BASE_NAMES);
    expected.addAll(List.of("flatten", "fc1", "fc2", "predictions"));
    assertThat(names(model)).isEqualTo(expected);
    assertThat(model.countParams()).isEqualTo(138_357_544);
    assertThat(model.outputShape()).isEqualTo(Shape.of(1000));
  }

  @Test
  void rejectsInputsSmallerThan32() {
    assertThatThrownBy(() -> VGG16.build(false, Shape.of(16, 16, 3), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "VGG16: expected an input shape [height, width, channels] of at least 32x32, got "
                + Shape.of(16, 16, 3));
  }

  @Test
  void missingWeightsFileNamesTheFileAndTheFolder(@TempDir Path dir) {
    Path file = dir.resolve(VGG16.WEIGHTS_FILE);
    assertThatThrownBy(() -> VGG16.load(file))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessage(
            file
                + ": expected Keras's VGG16 ImageNet weights, got no such file. Fovea cannot"
                + " download it; place vgg16_weights_tf_dim_ordering_tf_kernels.h5 (or"
                + " vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5) in "
                + dir.toAbsolutePath());
  }

  @Test
  void locatePrefersTheFullFileAndFallsBackToNotop(@TempDir Path dir) throws Exception {
    assertThat(VGG16.locate(dir)).isEqualTo(dir.resolve(VGG16.WEIGHTS_FILE));
    java.nio.file.Files.createFile(dir.resolve(VGG16.NOTOP_WEIGHTS_FILE));
    assertThat(VGG16.locate(dir)).isEqualTo(dir.resolve(VGG16.NOTOP_WEIGHTS_FILE));
  }

  @Test
  void loadRefusesWeightsOfAnotherModelNamingTheLayers(@TempDir Path dir) throws Exception {
    Sequential other = new Sequential(new InputLayer(4), new Dense(2));
    Path file = dir.resolve(VGG16.NOTOP_WEIGHTS_FILE);
    Models.saveLegacyWeights(other, file);
    assertThatThrownBy(() -> VGG16.load(file))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file
                + ": expected Keras's VGG16 weights with layers "
                + WEIGHTED_BASE_NAMES
                + ", got layers [dense]");
  }

  @Test
  void theTopIsToldByTheStoredLayerNamesNotTheFileName() {
    List<String> notop = new ArrayList<>(List.of("input_1"));
    notop.addAll(BASE_NAMES);
    List<String> top = new ArrayList<>(notop);
    top.addAll(List.of("flatten", "fc1", "fc2", "predictions"));
    assertThat(VGG16.includesTop(notop)).isFalse();
    assertThat(VGG16.includesTop(top)).isTrue();
  }

  @Test
  void loadBuildsTheBaseFromANotopFileInKerasLegacyLayout(@TempDir Path dir) throws Exception {
    // Full size: 14.7 million weights, a 59 MB file, as Keras's _notop file holds them.
    Sequential source = VGG16.build(false);
    Path file = dir.resolve("weights.h5");
    Models.saveLegacyWeights(source, file);

    Sequential loaded = VGG16.load(file);

    assertThat(names(loaded)).isEqualTo(BASE_NAMES);
    assertThat(loaded.countParams()).isEqualTo(14_714_688);
    List<Tensor> expected = source.getWeights();
    List<Tensor> actual = loaded.getWeights();
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).toArray()).as("weight %d", i).isEqualTo(expected.get(i).toArray());
    }
  }

  @Test
  void zeroPaddedSpellingLoadsTheSameWeightsByOrderAndPredictsTheSame(@TempDir Path dir)
      throws Exception {
    Shape input = Shape.of(32, 32, 3);
    Sequential keras = VGG16.build(false, input, 10);
    Sequential course = VGG16.buildZeroPadded(false, input, 10);
    Path file = dir.resolve("vgg16_small.h5");
    Models.saveLegacyWeights(keras, file);

    Models.loadWeights(course, file);

    assertThat(course.countParams()).isEqualTo(14_714_688);
    assertThat(course.outputShape()).isEqualTo(Shape.of(1, 1, 512));
    Tensor x = Tensor.randomUniform(Shape.of(2, 32, 32, 3), -100f, 150f, 11L);
    assertClose(course.predict(x), keras.predict(x));
  }

  @Test
  void zeroPaddedSpellingWithTheTopPredictsTheSame() {
    Shape input = Shape.of(32, 32, 3);
    Sequential keras = VGG16.build(true, input, 10);
    Sequential course = VGG16.buildZeroPadded(true, input, 10);
    course.setWeights(keras.getWeights());

    List<String> types = course.layers().stream().map(Layer::typeName).toList();
    assertThat(types).hasSize(13 * 2 + 5 + 6);
    assertThat(types.subList(types.size() - 6, types.size()))
        .containsExactly("Flatten", "Dense", "Dropout", "Dense", "Dropout", "Dense");
    assertThat(course.countParams()).isEqualTo(keras.countParams());
    Tensor x = Tensor.randomUniform(Shape.of(2, 32, 32, 3), -100f, 150f, 12L);
    assertClose(course.predict(x), keras.predict(x));
  }

  @Test
  void zeroPaddedSpellingPredictsTheSameAtFullSize() {
    // One 224x224 image through both bases: about a second with the vector kernels.
    assumeFalse("scalar".equals(System.getProperty("fovea.kernels")), "vector kernels only");
    Sequential keras = VGG16.build(false);
    Sequential course = VGG16.buildZeroPadded(false);
    course.setWeights(keras.getWeights());

    assertThat(course.outputShape()).isEqualTo(Shape.of(7, 7, 512));
    Tensor x = Tensor.randomUniform(Shape.of(1, 224, 224, 3), -100f, 150f, 13L);
    assertClose(course.predict(x), keras.predict(x));
  }

  @Test
  void savedWeightsLoadIntoAFreshBuildWithIdenticalPredictions(@TempDir Path dir) throws Exception {
    Shape input = Shape.of(32, 32, 3);
    Sequential source = VGG16.build(false, input, 10);
    Sequential target = VGG16.build(false, input, 10);
    Path file = dir.resolve("vgg16_small.weights.h5");
    Models.saveWeights(source, file);
    Tensor x = Tensor.randomUniform(Shape.of(2, 32, 32, 3), 0f, 255f, 7L);
    assertThat(target.predict(x).allClose(source.predict(x), 0, 0)).isFalse();
    Models.loadWeights(target, file);
    assertThat(target.predict(x).toArray()).containsExactly(source.predict(x).toArray());
  }

  /** Equal within float32 rounding of sums of up to 4,608 products (3x3x512). */
  private static void assertClose(Tensor actual, Tensor expected) {
    assertThat(actual.shape()).isEqualTo(expected.shape());
    float[] a = actual.toArray();
    float[] e = expected.toArray();
    double scale = 0;
    for (float v : e) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < a.length; i++) {
      assertThat((double) a[i]).as("element %d", i).isCloseTo(e[i], within(1e-5 * scale));
    }
  }

  private static List<String> names(Sequential model) {
    return model.layers().stream().map(Layer::name).toList();
  }
}
