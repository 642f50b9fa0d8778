package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Weights-only files made by {@code golden/keras/make_small.py}: a Keras 3 {@code .weights.h5} and
 * a Keras 2.2-style legacy file with fixed-length strings and chunked {@code layer_names}.
 */
class SmallWeightsFilesTest {

  private static Sequential model() {
    return new Sequential()
        .seed(1)
        .add(new InputLayer(5, 5, 1))
        .add(new Conv2D(2, 3).activation("relu"))
        .add(new BatchNormalization())
        .add(new Flatten())
        .add(new Dense(3, "softmax"));
  }

  @Test
  void loadsAKeras3WeightsFile() throws Exception {
    Sequential model = model();
    Models.loadWeights(model, resource("small.weights.h5"));
    assertPredictsWhatKerasPredicts(model);
  }

  @Test
  void loadsALegacyWeightsFileWithFixedLengthChunkedNames() throws Exception {
    Sequential model = model();
    Models.loadWeights(model, resource("small_legacy.h5"));
    assertPredictsWhatKerasPredicts(model);

    Sequential byName = model();
    Models.loadWeightsByName(byName, resource("small_legacy.h5"));
    assertPredictsWhatKerasPredicts(byName);
  }

  @Test
  void byNameLeavesLayersMissingFromTheFileAlone() throws Exception {
    Sequential renamed =
        new Sequential()
            .seed(1)
            .add(new InputLayer(5, 5, 1))
            .add(new Conv2D(2, 3).activation("relu"))
            .add(new BatchNormalization())
            .add(new Flatten())
            .add(new Dense(3, "softmax").name("head"));
    Tensor headBefore = renamed.layer("head").getWeights().get(0);
    Models.loadWeightsByName(renamed, resource("small_legacy.h5"));
    assertThat(renamed.layer("head").getWeights().get(0).toArray())
        .containsExactly(headBefore.toArray());
  }

  @Test
  void byNameRefusesAKeras3File() {
    assertThatThrownBy(() -> Models.loadWeightsByName(model(), resource("small.weights.h5")))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining("expected a legacy .h5 file");
  }

  @Test
  void legacyLayerNamesJoinsChunkedNamesInModelOrder() throws Exception {
    assertThat(Models.legacyLayerNames(resource("small_legacy.h5")))
        .containsExactly("conv2d", "batch_normalization", "flatten", "dense");
  }

  @Test
  void legacyLayerNamesRefusesAKeras3File() throws Exception {
    Path file = resource("small.weights.h5");
    assertThatThrownBy(() -> Models.legacyLayerNames(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            file
                + ": expected a legacy .h5 file (root attribute 'layer_names' or group"
                + " 'model_weights'), got [layers, vars]");
  }

  @Test
  void aLayerCountMismatchListsBothSides() {
    Sequential shorter =
        new Sequential().add(new InputLayer(5, 5, 1)).add(new Flatten()).add(new Dense(3));
    assertThatThrownBy(() -> Models.loadWeights(shorter, resource("small_legacy.h5")))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining("expected 1 layers with weights [dense]")
        .hasMessageContaining("got 3 in the file [conv2d, batch_normalization, dense]");
  }

  private static void assertPredictsWhatKerasPredicts(Sequential model) throws Exception {
    Tensor x =
        Tensor.fromFunction(
            Shape.of(2, 5, 5, 1), i -> (float) (((3 * i[0] + 5 * i[1] + 7 * i[2]) % 11) / 10.0));
    Tensor p = model.predict(x);
    List<Object> rows;
    try (InputStream in =
        SmallWeightsFilesTest.class.getResourceAsStream("/golden/keras/small.json")) {
      Object json = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      rows = KerasConfig.asList(KerasConfig.asMap(json, "small.json").get("rows"), "rows");
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = KerasConfig.asList(rows.get(r), "row");
      for (int c = 0; c < row.size(); c++) {
        assertThat((double) p.get(r, c))
            .as("row %d class %d", r, c)
            .isCloseTo(((Number) row.get(c)).doubleValue(), Offset.offset(1e-5));
      }
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SmallWeightsFilesTest.class.getResource("/golden/keras/" + name).toURI());
  }
}
