package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files Fovea wrote, as loaded by real Keras: {@code golden/keras-write/model.keras} and {@code
 * model.weights.h5} hold {@link KerasWriterTest#imageModel()}; {@code verify.py} loaded both in
 * Keras 3 and stored its predictions on {@code input.json} in {@code predictions.json}. Run with
 * {@code -Dfovea.golden.write=<dir>} to write the Fovea side again. {@code model-v0-jhdf.keras} and
 * {@code model-v0-jhdf.weights.h5} are the same files as Fovea wrote them through jHDF before it
 * had its own HDF5 writer (only weighted layers' groups); they must keep loading.
 */
class KerasWriteGoldenTest {

  private static final double TOLERANCE = 1e-5;

  @TempDir Path dir;

  @Test
  void kerasPredictsWhatFoveaPredictsForTheFilesFoveaWrote() throws Exception {
    Map<String, Object> golden = json("predictions.json");
    Tensor x = input();
    Tensor fovea = KerasWriterTest.imageModel().predict(x);

    for (String key : List.of("keras", "weights_h5")) {
      List<Object> rows = KerasConfig.asList(golden.get(key), key);
      assertThat(rows).hasSize(x.shape().dim(0));
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = KerasConfig.asList(rows.get(r), key);
        assertThat(row).hasSize(fovea.shape().dim(1));
        for (int c = 0; c < row.size(); c++) {
          assertThat((double) fovea.get(r, c))
              .as("%s row %d class %d", key, r, c)
              .isCloseTo(((Number) row.get(c)).doubleValue(), Offset.offset(TOLERANCE));
        }
      }
    }
  }

  @Test
  void committedAndFreshlyWrittenFilesLoadIdentically() throws Exception {
    Tensor x = input();
    Sequential model = KerasWriterTest.imageModel();
    Path keras = dir.resolve("model.keras");
    Path weights = dir.resolve("model.weights.h5");
    Models.save(model, keras);
    Models.saveWeights(model, weights);
    String out = System.getProperty("fovea.golden.write");
    if (out != null) {
      Files.copy(keras, Path.of(out, "model.keras"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(weights, Path.of(out, "model.weights.h5"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(Path.of(out, "input.json"), inputJson(x));
    }

    float[] expected = model.predict(x).toArray();
    assertThat(Models.load(keras).predict(x).toArray()).containsExactly(expected);
    for (String version : List.of("", "-v0-jhdf")) {
      Sequential back = Models.load(golden("model" + version + ".keras"));
      assertThat(back.predict(x).toArray()).as(version).containsExactly(expected);
      Sequential fresh = KerasWriterTest.imageModel();
      KerasWriterTest.randomize(fresh, 5);
      Models.loadWeights(fresh, golden("model" + version + ".weights.h5"));
      assertThat(fresh.predict(x).toArray()).as(version).containsExactly(expected);
    }
  }

  private static Tensor input() {
    return KerasWriterTest.input(4, 8, 8, 3);
  }

  private static String inputJson(Tensor x) {
    List<Object> values = new ArrayList<>();
    for (float v : x.toArray()) {
      values.add((double) v);
    }
    List<Object> shape = new ArrayList<>();
    for (int d : x.shape().dims()) {
      shape.add(d);
    }
    return JsonWriter.write(Map.of("shape", shape, "values", values));
  }

  private static Path golden(String name) throws URISyntaxException {
    return Path.of(KerasWriteGoldenTest.class.getResource("/golden/keras-write/" + name).toURI());
  }

  private static Map<String, Object> json(String name) throws IOException {
    try (InputStream in =
        KerasWriteGoldenTest.class.getResourceAsStream("/golden/keras-write/" + name)) {
      return KerasConfig.asMap(
          Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), name);
    }
  }
}
