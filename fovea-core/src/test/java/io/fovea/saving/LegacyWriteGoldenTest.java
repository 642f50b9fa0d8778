package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Legacy files Fovea wrote, as loaded by real Keras: {@code golden/keras-legacy/model.h5} ({@link
 * Models#saveLegacy}) and {@code weights.h5} ({@link Models#saveLegacyWeights}) hold {@link
 * KerasWriterTest#imageModel()}; {@code verify.py} loaded both in Keras 3 and stored its
 * predictions on {@code golden/keras-write/input.json} in {@code predictions.json}. Run with {@code
 * -Dfovea.golden.legacy=<dir>} to write the Fovea side again. {@code model-v0-jhdf.h5} and {@code
 * weights-v0-jhdf.h5} are the same files as Fovea wrote them through jHDF before it had its own
 * HDF5 writer (only weighted layers listed, fixed-length UTF-8 strings); they must keep loading.
 */
class LegacyWriteGoldenTest {

  private static final double TOLERANCE = 1e-5;

  @TempDir Path dir;

  @Test
  void kerasPredictsWhatFoveaPredictsForTheLegacyFilesFoveaWrote() throws Exception {
    Map<String, Object> golden = json("/golden/keras-legacy/predictions.json");
    Tensor x = input();
    Tensor fovea = KerasWriterTest.imageModel().predict(x);

    for (String key : List.of("model_h5", "weights_h5")) {
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
    Path h5 = dir.resolve("model.h5");
    Path weights = dir.resolve("weights.h5");
    Models.saveLegacy(model, h5);
    Models.saveLegacyWeights(model, weights);
    String out = System.getProperty("fovea.golden.legacy");
    if (out != null) {
      Files.copy(h5, Path.of(out, "model.h5"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(weights, Path.of(out, "weights.h5"), StandardCopyOption.REPLACE_EXISTING);
    }

    float[] expected = model.predict(x).toArray();
    assertThat(Models.load(h5).predict(x).toArray()).containsExactly(expected);
    for (String version : List.of("", "-v0-jhdf")) {
      Sequential back = Models.load(golden("model" + version + ".h5"));
      assertThat(back.predict(x).toArray()).as(version).containsExactly(expected);
      assertThat(back.optimizer().getClass()).isEqualTo(model.optimizer().getClass());
      assertThat(back.optimizer().learningRate()).isEqualTo(model.optimizer().learningRate());
      assertThat(back.loss().name()).isEqualTo(model.loss().name());
      Sequential fresh = KerasWriterTest.imageModel();
      KerasWriterTest.randomize(fresh, 5);
      Models.loadWeights(fresh, golden("weights" + version + ".h5"));
      assertThat(fresh.predict(x).toArray()).as(version).containsExactly(expected);
    }
  }

  /** The input of {@code golden/keras-write/input.json}, which verify.py also reads. */
  private static Tensor input() {
    return KerasWriterTest.input(4, 8, 8, 3);
  }

  private static Path golden(String name) throws URISyntaxException {
    return Path.of(LegacyWriteGoldenTest.class.getResource("/golden/keras-legacy/" + name).toURI());
  }

  private static Map<String, Object> json(String resource) throws IOException {
    try (InputStream in = LegacyWriteGoldenTest.class.getResourceAsStream(resource)) {
      return KerasConfig.asMap(
          Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), resource);
    }
  }
}
