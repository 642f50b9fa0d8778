package io.fovea.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> VGG16.pretrained(file))
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
  void pretrainedRefusesWeightsOfAnotherModel(@TempDir Path dir) throws Exception {
    Sequential other = new Sequential(new InputLayer(4), new Dense(2));
    Path file = dir.resolve("other_notop.h5");
    Models.saveLegacyWeights(other, file);
    assertThatThrownBy(() -> VGG16.pretrained(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected 13 layers with weights")
        .hasMessageContaining("got 1 in the file [dense]");
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

  private static List<String> names(Sequential model) {
    return model.layers().stream().map(Layer::name).toList();
  }
}
