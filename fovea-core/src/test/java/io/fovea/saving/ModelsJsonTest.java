package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.saving.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models.fromJson/fromConfig on what Keras's model.to_json() wrote (golden/model-json). */
class ModelsJsonTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/model-json");

  @TempDir Path tmp;

  @SuppressWarnings("unchecked")
  private static void assertMatchesKeras(Sequential model, String name) throws Exception {
    Map<String, Object> expected =
        (Map<String, Object>) Json.parse(Files.readString(GOLDEN.resolve(name + ".expected.json")));
    assertThat(model.countParams()).isEqualTo(((Number) expected.get("params")).intValue());
    List<Object> out = (List<Object>) expected.get("output_shape");
    assertThat(model.outputShape().dim(0)).isEqualTo(((Number) out.get(0)).intValue());
    List<String> types =
        ((List<Object>) expected.get("layers"))
            .stream().map(String::valueOf).filter(t -> !t.equals("InputLayer")).toList();
    assertThat(model.layers().stream().map(Layer::getClass).map(Class::getSimpleName))
        .containsExactlyElementsOf(types);
  }

  @Test
  void buildsASequentialConfigFromKerasToJson() throws Exception {
    Sequential model = Models.fromConfig(GOLDEN.resolve("sequential.json"));
    assertThat(model.name()).isEqualTo("json_cnn");
    assertMatchesKeras(model, "sequential");
  }

  @Test
  void buildsAChainedFunctionalConfigFromAString() throws Exception {
    Sequential model = Models.fromJson(Files.readString(GOLDEN.resolve("functional.json")));
    assertMatchesKeras(model, "functional");
  }

  @Test
  void refusesMalformedJsonNamingTheFile() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"class_name\": \"Sequential\", ");
    assertThatThrownBy(() -> Models.fromConfig(bad))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(bad + ": malformed JSON: ");
    assertThatThrownBy(() -> Models.fromJson("{\"class_name\": \"MyModel\", \"config\": {}}"))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith("model JSON: ");
  }

  @Test
  void saysWhatLayersMustBeWhenTheyAreNullOrNotAList() throws Exception {
    assertThatThrownBy(
            () ->
                Models.fromJson("{\"class_name\": \"Sequential\", \"config\": {\"layers\": null}}"))
        .isInstanceOf(KerasFileException.class)
        .hasMessage("model JSON: expected \"layers\" to be a list of layer objects, got null");
    Path file = tmp.resolve("m.json");
    Files.writeString(file, "{\"class_name\": \"Functional\", \"config\": {\"layers\": 3}}");
    assertThatThrownBy(() -> Models.fromConfig(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(file + ": expected \"layers\" to be a list of layer objects, got 3");
    assertThatThrownBy(() -> Models.fromJson("{\"class_name\": \"Sequential\", \"config\": {}}"))
        .isInstanceOf(KerasFileException.class)
        .hasMessage("model JSON: expected \"layers\" to be a list of layer objects, got none");
    assertThatThrownBy(
            () ->
                Models.fromJson(
                    "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"InputLayer\", "
                        + "\"config\": {\"batch_shape\": [null, 4]}}, {\"config\": {}}]}}"))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            "model JSON: model config: layer 1: expected \"class_name\" to be a string, got none");
  }
}
