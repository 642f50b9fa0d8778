package io.fovea.saving.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Layer;
import io.fovea.nn.ZeroPadding2D;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Shape;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigReaderTest {

  private static final String DTYPE =
      "{\"module\": \"keras\", \"class_name\": \"DTypePolicy\", \"config\": {\"name\": \"float32\"}}";

  private static Sequential build(String json) {
    return ModelConfigReader.build(KerasConfig.asMap(Json.parse(json), "test"));
  }

  private static String layer(String cls, String config) {
    return "{\"class_name\": \"" + cls + "\", \"config\": {" + config + "}}";
  }

  private static String sequential(String... layers) {
    return "{\"class_name\": \"Sequential\", \"config\": {\"name\": \"seq\", \"layers\": ["
        + String.join(", ", layers)
        + "]}}";
  }

  @Test
  void buildsEveryLayerTypeFromKeras3Spellings() {
    Sequential model =
        build(
            sequential(
                layer("InputLayer", "\"batch_shape\": [null, 12, 12, 3], \"name\": \"in\""),
                layer("ZeroPadding2D", "\"name\": \"pad\", \"padding\": [[1, 2], [0, 1]]"),
                layer(
                    "Conv2D",
                    "\"name\": \"c\", \"dtype\": "
                        + DTYPE
                        + ", \"filters\": 4, \"kernel_size\": [3, 3], \"strides\": [1, 1],"
                        + " \"padding\": \"same\", \"dilation_rate\": [1, 1], \"groups\": 1,"
                        + " \"activation\": {\"module\": \"keras.activations\", \"class_name\":"
                        + " \"function\", \"config\": \"relu\", \"registered_name\": \"function\"},"
                        + " \"kernel_initializer\": {\"module\": \"keras.initializers\","
                        + " \"class_name\": \"HeNormal\", \"config\": {\"seed\": null}}"),
                layer("BatchNormalization", "\"name\": \"bn\", \"axis\": -1, \"epsilon\": 0.01"),
                layer("MaxPooling2D", "\"name\": \"mp\", \"pool_size\": [2, 2], \"strides\": null"),
                layer("AveragePooling2D", "\"name\": \"ap\", \"pool_size\": 1"),
                layer("Activation", "\"name\": \"act\", \"activation\": \"tanh\""),
                layer("Dropout", "\"name\": \"do\", \"rate\": 0.25, \"seed\": 7"),
                layer("GlobalMaxPooling2D", "\"name\": \"gmp\", \"keepdims\": true"),
                layer("Flatten", "\"name\": \"fl\""),
                layer("Dense", "\"name\": \"d\", \"units\": 3, \"activation\": \"softmax\"")));

    assertThat(model.name()).isEqualTo("seq");
    assertThat(model.layers())
        .extracting(Layer::typeName)
        .containsExactly(
            "ZeroPadding2D",
            "Conv2D",
            "BatchNormalization",
            "MaxPooling2D",
            "AveragePooling2D",
            "Activation",
            "Dropout",
            "GlobalMaxPooling2D",
            "Flatten",
            "Dense");
    assertThat(model.layer("pad").outputShape()).isEqualTo(Shape.of(15, 13, 3));
    Conv2D conv = (Conv2D) model.layer("c");
    assertThat(conv.activationName()).isEqualTo("relu");
    assertThat(conv.config().weights().kernelInitializer().name()).isEqualTo("he_normal");
    assertThat(((BatchNormalization) model.layer("bn")).config().statistics().epsilon())
        .isEqualTo(0.01);
    assertThat(model.layer("mp").outputShape()).isEqualTo(Shape.of(7, 6, 4));
    assertThat(((Dense) model.layer("d")).activationName()).isEqualTo("softmax");
    assertThat(model.outputShape()).isEqualTo(Shape.of(3));
  }

  @Test
  void readsKeras2SpellingsWithTheInputShapeOnTheFirstLayer() {
    Sequential model =
        build(
            sequential(
                layer(
                    "Conv1D",
                    "\"name\": \"c1\", \"batch_input_shape\": [null, 20, 2], \"dtype\":"
                        + " \"float32\", \"filters\": 5, \"kernel_size\": [3], \"strides\": [1],"
                        + " \"padding\": \"valid\", \"dilation_rate\": [1], \"activation\": \"linear\""),
                layer("BatchNormalization", "\"name\": \"bn\", \"axis\": [2]"),
                layer("ZeroPadding2D", "\"name\": \"unused\", \"padding\": [1, 1]")
                    .replace("ZeroPadding2D", "Flatten"),
                layer("Dense", "\"name\": \"d\", \"units\": 2, \"use_bias\": false")));
    assertThat(model.inputShape()).isEqualTo(Shape.of(20, 2));
    assertThat(model.layer("c1").outputShape()).isEqualTo(Shape.of(18, 5));
    assertThat(model.countParams()).isEqualTo(3 * 2 * 5 + 5 + 4 * 5 + 90 * 2);
  }

  @Test
  void zeroPaddingAcceptsAnIntAPairAndPairsOfPairs() {
    Sequential model =
        build(
            sequential(
                layer("InputLayer", "\"batch_input_shape\": [null, 4, 4, 1]"),
                layer("ZeroPadding2D", "\"name\": \"a\", \"padding\": 1"),
                layer("ZeroPadding2D", "\"name\": \"b\", \"padding\": [2, 0]"),
                layer("ZeroPadding2D", "\"name\": \"c\", \"padding\": [[0, 1], [2, 3]]")));
    assertThat(((ZeroPadding2D) model.layer("c")).config())
        .isEqualTo(new ZeroPadding2D.Config("c", null, 0, 1, 2, 3));
    assertThat(model.outputShape()).isEqualTo(Shape.of(6 + 4 + 1, 6 + 5, 1));
  }

  @Test
  void refusesALambdaLayerByNameWithoutRunningIt() {
    String json =
        sequential(
            layer("InputLayer", "\"batch_shape\": [null, 4]"),
            layer("Lambda", "\"name\": \"lambda\", \"function\": \"4wEAAAAAAAAA...\""));
    assertThatThrownBy(() -> build(json))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith(
            "layer 'lambda' of class 'Lambda' is not supported; nothing stored in a file is ever"
                + " executed");
  }

  @Test
  void refusesSettingsFoveaCannotHonour() {
    String json =
        sequential(
            layer("InputLayer", "\"batch_shape\": [null, 8, 8, 1]"),
            layer(
                "Conv2D",
                "\"name\": \"c\", \"filters\": 2, \"kernel_size\": 3,"
                    + " \"data_format\": \"channels_first\""));
    assertThatThrownBy(() -> build(json))
        .hasMessage(
            "layer 'c' (Conv2D, layer 1): expected data_format 'channels_last', got"
                + " 'channels_first'");
  }

  @Test
  void refusesGroupedConvolutionsInOneAndTwoDimensions() {
    String conv1d =
        sequential(
            layer("InputLayer", "\"batch_shape\": [null, 8, 4]"),
            layer("Conv1D", "\"name\": \"c\", \"filters\": 2, \"kernel_size\": 3, \"groups\": 2"));
    assertThatThrownBy(() -> build(conv1d))
        .hasMessage("layer 'c' (Conv1D, layer 1): expected groups 1, got 2");
    String conv2d =
        sequential(
            layer("InputLayer", "\"batch_shape\": [null, 8, 8, 4]"),
            layer("Conv2D", "\"name\": \"c\", \"filters\": 2, \"kernel_size\": 3, \"groups\": 4"));
    assertThatThrownBy(() -> build(conv2d))
        .hasMessage("layer 'c' (Conv2D, layer 1): expected groups 1, got 4");
  }

  @Test
  void buildsAFunctionalModelThatIsAPlainChain() {
    String json =
        "{\"class_name\": \"Functional\", \"config\": {\"name\": \"f\", \"layers\": ["
            + "{\"class_name\": \"InputLayer\", \"name\": \"x\", \"config\": {\"batch_shape\":"
            + " [null, 6], \"name\": \"x\"}, \"inbound_nodes\": []},"
            + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d1\", \"units\": 4},"
            + " \"inbound_nodes\": [{\"args\": [{\"class_name\": \"__keras_tensor__\","
            + " \"config\": {\"keras_history\": [\"x\", 0, 0]}}], \"kwargs\": {}}]},"
            + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d2\", \"units\": 2},"
            + " \"inbound_nodes\": [[[\"d1\", 0, 0, {}]]]}],"
            + " \"input_layers\": [[\"x\", 0, 0]], \"output_layers\": [[\"d2\", 0, 0]]}}";
    Sequential model = build(json);
    assertThat(model.layers()).extracting(Layer::name).containsExactly("d1", "d2");
    assertThat(model.countParams()).isEqualTo(6 * 4 + 4 + 4 * 2 + 2);
  }

  @Test
  void refusesAFunctionalModelWithABranch() {
    String json =
        "{\"class_name\": \"Functional\", \"config\": {\"name\": \"f\", \"layers\": ["
            + "{\"class_name\": \"InputLayer\", \"config\": {\"batch_shape\": [null, 6],"
            + " \"name\": \"x\"}, \"inbound_nodes\": []},"
            + "{\"class_name\": \"Dense\", \"config\": {\"name\": \"d1\", \"units\": 6},"
            + " \"inbound_nodes\": [[[\"x\", 0, 0, {}]]]},"
            + "{\"class_name\": \"Add\", \"config\": {\"name\": \"add\"},"
            + " \"inbound_nodes\": [[[\"x\", 0, 0, {}], [\"d1\", 0, 0, {}]]]}]}}";
    assertThatThrownBy(() -> build(json))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("layer 'add' takes its input from")
        .hasMessageContaining("plain chains");
  }

  @Test
  void refusesAModelWithoutAnInputShape() {
    assertThatThrownBy(() -> build(sequential(layer("Dense", "\"units\": 2"))))
        .hasMessageContaining("expected an input shape");
  }

  @Test
  void keepsKerasSnakeCase() {
    assertThat(KerasObjects.snakeCase("GlobalMaxPooling2D")).isEqualTo("global_max_pooling2d");
    assertThat(KerasObjects.snakeCase("BatchNormalization")).isEqualTo("batch_normalization");
    assertThat(KerasObjects.snakeCase("Conv2D")).isEqualTo("conv2d");
  }

  @Test
  void restoresKeras3CompileSettings() {
    Sequential model =
        build(
            sequential(
                layer("InputLayer", "\"batch_shape\": [null, 3]"),
                layer("Dense", "\"units\": 2, \"activation\": \"softmax\"")));
    Map<String, Object> compile =
        KerasConfig.asMap(
            Json.parse(
                "{\"optimizer\": {\"module\": \"keras.optimizers\", \"class_name\": \"Adam\","
                    + " \"config\": {\"name\": \"adam\", \"learning_rate\": 0.01}},"
                    + " \"loss\": \"sparse_categorical_crossentropy\", \"metrics\": [\"accuracy\"]}"),
            "compile");
    assertThat(CompileConfigReader.restore(model, compile)).isTrue();
    assertThat(model.optimizer().getClass().getSimpleName()).isEqualTo("Adam");
    assertThat(model.metrics()).hasSize(1);
  }
}
