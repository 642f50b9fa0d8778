package io.fovea.saving.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.saving.Models;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.codec.LayerCodec;
import io.fovea.saving.codec.LayerCodecs;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layer and its codec written outside the library ({@link ScaleLayer}, {@link ScaleLayerCodec},
 * in a package of their own, so only public API is used) and registered with {@link LayerCodecs}
 * round-trip through every Keras format with no library file aware of them.
 */
class CustomLayerTest {

  private static final long SEED = 20261202L;

  @TempDir Path dir;

  @BeforeAll
  static void registerTheCodec() {
    LayerCodecs.register(new ScaleLayerCodec());
  }

  private static Sequential model(long seed) {
    Sequential model =
        new Sequential(
                new InputLayer(4, 4, 2),
                new Conv2D(3, 3).padding("same"),
                new ScaleLayer(1.5).name("scale"),
                new Flatten(),
                new Dense(2, "softmax"))
            .name("custom");
    long s = seed;
    for (Layer layer : model.layers()) {
      List<Tensor> values = new ArrayList<>();
      for (Tensor w : layer.getWeights()) {
        values.add(Tensor.randomUniform(w.shape(), -1, 1, s++));
      }
      layer.setWeights(values);
    }
    return model;
  }

  private static Tensor input() {
    return Tensor.randomUniform(Shape.of(3, 4, 4, 2), 0, 1, SEED + 99);
  }

  private static void assertSameModel(Sequential back, Sequential original) {
    assertThat(back.layers()).hasSameSizeAs(original.layers());
    assertThat(back.inputShape()).isEqualTo(original.inputShape());
    for (int i = 0; i < original.layers().size(); i++) {
      assertThat(back.layer(i).config()).isEqualTo(original.layer(i).config());
    }
    assertThat(back.layer("scale")).isInstanceOf(ScaleLayer.class);
    assertSameWeightsAndPredictions(back, original);
  }

  private static void assertSameWeightsAndPredictions(Sequential back, Sequential original) {
    List<Tensor> want = original.getWeights();
    List<Tensor> got = back.getWeights();
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.get(i).shape()).isEqualTo(want.get(i).shape());
      assertThat(got.get(i).toArray()).containsExactly(want.get(i).toArray());
    }
    assertThat(back.predict(input()).toArray())
        .containsExactly(original.predict(input()).toArray());
  }

  @Test
  void roundTripsThroughAKerasArchive() throws IOException {
    Sequential model = model(SEED);
    Path file = dir.resolve("custom.keras");

    Models.save(model, file);

    assertSameModel(Models.load(file), model);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String config =
          new String(
              zip.getInputStream(zip.getEntry("config.json")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertThat(config).contains("\"class_name\": \"ScaleLayer\"").contains("\"initial\": 1.5");
      byte[] weights = zip.getInputStream(zip.getEntry("model.weights.h5")).readAllBytes();
      try (HdfFile h5 = HdfFile.fromBytes(weights)) {
        // Keras's key: the snake_case of the codec's class name.
        assertThat(h5.getByPath("/layers/scale_layer/vars/0").getName()).isEqualTo("0");
      }
    }
  }

  @Test
  void roundTripsThroughALegacyH5WithKerasWeightNames() throws IOException {
    Sequential model = model(SEED);
    Path file = dir.resolve("custom.h5");

    Models.saveLegacy(model, file);

    assertSameModel(Models.load(file), model);
    try (HdfFile h5 = new HdfFile(file)) {
      Node layer = h5.getByPath("/model_weights/scale");
      assertThat((String[]) layer.getAttribute("weight_names").getData())
          .containsExactly("scale/scale:0");
    }
  }

  @Test
  void weightsRoundTripThroughBothWeightsFormats() throws IOException {
    Sequential model = model(SEED);
    for (String name : List.of("custom.weights.h5", "custom_legacy.h5")) {
      Path file = dir.resolve(name);
      if (name.endsWith(".weights.h5")) {
        Models.saveWeights(model, file);
      } else {
        Models.saveLegacyWeights(model, file);
      }
      Sequential other = model(SEED + 1000);

      Models.loadWeights(other, file);

      assertSameWeightsAndPredictions(other, model);
    }
  }

  @Test
  void theTableListsTheRegisteredLayer() {
    assertThat(LayerCodecs.supported()).contains("ScaleLayer").contains("Dense");
    Layer layer =
        LayerCodecs.read(
            "ScaleLayer",
            new KerasConfig(Map.of("name", "s", "initial", 2.0, "trainable", false), "test"));

    assertThat(layer).isInstanceOf(ScaleLayer.class);
    assertThat(layer.name()).isEqualTo("s");
    assertThat(layer.trainable()).isFalse();
    assertThat(layer.config()).isEqualTo(new ScaleLayer.Config("s", null, 2.0));
  }

  @Test
  void refusesAClassNameAnotherLayerUses() {
    LayerCodec<ScaleLayer.Config> clash =
        new ScaleLayerCodec() {
          @Override
          public String className() {
            return "Dense";
          }
        };

    assertThatThrownBy(() -> LayerCodecs.register(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "LayerCodecs.register: expected a class name no other layer uses, got 'Dense', "
                + "already read as io.fovea.nn.Dense$Config");
    assertThat(LayerCodecs.supported()).contains("ScaleLayer");
  }
}
