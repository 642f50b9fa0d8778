package io.fovea.saving.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Constant;
import io.fovea.initializers.Initializers;
import io.fovea.initializers.RandomNormal;
import io.fovea.initializers.RandomUniform;
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
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.PoolMode;
import io.fovea.nn.WeightSettings;
import io.fovea.nn.Window1D;
import io.fovea.nn.Window2D;
import io.fovea.nn.ZeroPadding2D;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.Models;
import io.fovea.saving.json.Json;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Padding;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LayerCodecsTest {

  private static final List<String> BUILT_IN =
      List.of(
          "Dense",
          "Conv2D",
          "Conv1D",
          "MaxPooling2D",
          "AveragePooling2D",
          "GlobalAveragePooling2D",
          "GlobalMaxPooling2D",
          "Flatten",
          "Dropout",
          "BatchNormalization",
          "ZeroPadding2D",
          "Activation");

  /** One configuration per built-in layer, each with settings other than the defaults. */
  static List<LayerConfig> samples() {
    return List.of(
        new Dense.Config(
            null,
            null,
            7,
            new WeightSettings(
                Activations.get("tanh"),
                false,
                new RandomNormal(0.1, 0.2),
                new Constant(0.5),
                Constraints.maxNorm(3),
                Constraints.nonNeg())),
        new Conv2D.Config(
            null,
            null,
            5,
            new Window2D(3, 2, 2, 1, Padding.SAME),
            new WeightSettings(
                Activations.get("relu"),
                true,
                Initializers.get("he_normal"),
                new RandomUniform(-0.1, 0.3),
                Constraints.unitNorm(),
                null)),
        new Conv1D.Config(
            null,
            null,
            4,
            new Window1D(5, 2, Padding.VALID, true, 1),
            new WeightSettings(
                Activations.get("sigmoid"),
                false,
                Initializers.get("lecun_uniform"),
                Initializers.get("ones"),
                null,
                Constraints.minMaxNorm(0.5, 2))),
        new MaxPooling2D.Config(null, null, PoolMode.MAX, new Window2D(3, 2, 1, 2, Padding.SAME)),
        new AveragePooling2D.Config(
            null, null, PoolMode.AVERAGE, new Window2D(2, 3, 3, 1, Padding.SAME)),
        new GlobalAveragePooling2D.Config(null, null, PoolMode.AVERAGE, true),
        new GlobalMaxPooling2D.Config(null, null, PoolMode.MAX, true),
        new Flatten.Config(null, null),
        new Dropout.Config(null, null, 0.3, 42L),
        new BatchNormalization.Config(
            null,
            null,
            new BatchNormalization.Statistics(2, 0.9, 1e-5, new Constant(0.5), new Constant(2)),
            new BatchNormalization.Affine(
                true, Initializers.get("glorot_normal"), Constraints.maxNorm(1)),
            new BatchNormalization.Affine(false, new Constant(0.25), Constraints.nonNeg())),
        new ZeroPadding2D.Config(null, null, 1, 2, 3, 4),
        new Activation.Config(null, null, Activations.get("softmax")));
  }

  @SuppressWarnings("unchecked")
  private static <C extends LayerConfig> LayerConfig roundTrip(LayerCodec<C> codec, LayerConfig c) {
    String json = JsonWriter.write(codec.write((C) c));
    Map<String, Object> parsed = KerasConfig.asMap(Json.parse(json), "test");
    return codec.read(new KerasConfig(parsed, "layer 'x' (" + codec.className() + ")"));
  }

  /** The built-in codec that writes {@code config} (two poolings share a record, by mode). */
  private static LayerCodec<?> codec(LayerConfig config) {
    return BuiltInCodecs.all().stream()
        .filter(c -> c.configType() == config.getClass() && writes(c, config))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <C extends LayerConfig> boolean writes(LayerCodec<C> codec, LayerConfig c) {
    return codec.writes((C) c);
  }

  @Test
  void theSamplesCoverEveryBuiltInCodec() {
    assertThat(samples().stream().map(c -> codec(c).className()).toList())
        .containsExactlyInAnyOrderElementsOf(BUILT_IN);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aBuiltInCodecReadsBackWhatItWrites(LayerConfig config) {
    assertThat(roundTrip(codec(config), config)).isEqualTo(config);
  }

  @Test
  void theTableStartsWithTheBuiltInLayersInOrder() {
    assertThat(BuiltInCodecs.all().stream().map(LayerCodec::className).toList())
        .isEqualTo(BUILT_IN);
    assertThat(LayerCodecs.supported()).startsWith(BUILT_IN.toArray(String[]::new));
  }

  @Test
  void anUnknownClassIsRefusedListingTheTable() {
    String json =
        "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"s\", \"layers\": ["
            + "{\"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 4]}},"
            + "{\"class_name\": \"Lambda\", \"config\": {\"name\": \"fn\"}}]}}";

    assertThatThrownBy(() -> Models.fromJson(json))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining(
            "layer 'fn' of class 'Lambda' is not supported; nothing stored in a file is ever "
                + "executed. Supported: ")
        .hasMessageEndingWith("Supported: " + LayerCodecs.supported());
  }

  @Test
  void readsTheLegacySpellings() {
    Map<String, Object> conv =
        Map.of("filters", 2L, "kernel_size", 3L, "strides", List.of(1L, 1L), "name", "c");
    Layer layer = LayerCodecs.read("Convolution2D", new KerasConfig(conv, "c"));
    assertThat(layer).isInstanceOf(Conv2D.class);
    assertThat(layer.name()).isEqualTo("c");
    assertThat(LayerCodecs.read("MaxPool2D", new KerasConfig(Map.of(), "p")))
        .isInstanceOf(MaxPooling2D.class);
    assertThat(LayerCodecs.read("AvgPool2D", new KerasConfig(Map.of(), "p")))
        .isInstanceOf(AveragePooling2D.class);
    assertThat(LayerCodecs.read("GlobalAvgPool2D", new KerasConfig(Map.of(), "p")))
        .isInstanceOf(GlobalAveragePooling2D.class);
    assertThat(LayerCodecs.read("GlobalMaxPool2D", new KerasConfig(Map.of(), "p")))
        .isInstanceOf(GlobalMaxPooling2D.class);
    Layer bn =
        LayerCodecs.read("BatchNormalization", new KerasConfig(Map.of("axis", List.of(3L)), "b"));
    assertThat(((BatchNormalization.Config) bn.config()).statistics().axis()).isEqualTo(3);
    Layer pad = LayerCodecs.read("ZeroPadding2D", new KerasConfig(Map.of("padding", 2L), "z"));
    assertThat(pad.config()).isEqualTo(new ZeroPadding2D.Config(null, null, 2, 2, 2, 2));
  }

  @Test
  void refusesSettingsFoveaCannotHonour() {
    assertThatThrownBy(
            () ->
                LayerCodecs.read(
                    "Conv2D",
                    new KerasConfig(
                        Map.of("filters", 2L, "kernel_size", 3L, "dilation_rate", 2L), "conv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("conv: expected dilation_rate 1, got 2");
    assertThatThrownBy(
            () ->
                LayerCodecs.read(
                    "Flatten", new KerasConfig(Map.of("data_format", "channels_first"), "f")))
        .hasMessage("f: expected data_format 'channels_last', got 'channels_first'");
  }

  @Test
  void namesTheWeightsInKerasOrder() {
    Layer dense = new Dense(3);
    dense.build(Shape.of(2), new Rng(1));
    Layer noBias =
        new Dense(new Dense.Config(null, null, 3, WeightSettings.defaults().withUseBias(false)));
    noBias.build(Shape.of(2), new Rng(1));
    Layer bn = new BatchNormalization().center(false);
    bn.build(Shape.of(4, 4, 2), new Rng(1));
    Layer pool = new MaxPooling2D(2);
    pool.build(Shape.of(4, 4, 2), new Rng(1));

    assertThat(LayerCodecs.weightNames(dense)).containsExactly("kernel", "bias");
    assertThat(LayerCodecs.weightNames(noBias)).containsExactly("kernel");
    assertThat(LayerCodecs.weightNames(bn))
        .containsExactly("gamma", "moving_mean", "moving_variance");
    assertThat(LayerCodecs.weightNames(pool)).isEmpty();
  }

  @Test
  void writesTheTwoPoolingsOfOneRecordUnderTheirOwnClassNames() {
    assertThat(LayerCodecs.className(new MaxPooling2D(2))).isEqualTo("MaxPooling2D");
    assertThat(LayerCodecs.className(new AveragePooling2D(2))).isEqualTo("AveragePooling2D");
    assertThat(LayerCodecs.className(new GlobalMaxPooling2D())).isEqualTo("GlobalMaxPooling2D");
    assertThat(LayerCodecs.className(new GlobalAveragePooling2D()))
        .isEqualTo("GlobalAveragePooling2D");
    assertThat(LayerCodecs.snakeCaseName(new AveragePooling2D(2))).isEqualTo("average_pooling2d");
  }
}
