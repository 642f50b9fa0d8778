package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Predictions on the real Keras fixtures against those Keras itself made ({@code
 * golden/keras/predictions.json}, written by {@code golden/keras/make.py} with Keras 3 on JAX).
 */
class ModelsGoldenTest {

  private static final double TOLERANCE = 1e-5;

  @ParameterizedTest
  @ValueSource(strings = {"legacy_h5_keras215", "keras3_archive", "tfkeras214_archive"})
  void predictsWhatKerasPredicts(String key) throws IOException {
    Map<String, Object> golden = KerasConfig.asMap(golden().get(key), key);
    Path file = KerasFixtures.get((String) golden.get("file"));
    List<Object> rows = KerasConfig.asList(golden.get("rows"), key);

    Tensor p = Models.load(file).predict(fixedInput());

    assertThat(p.shape()).isEqualTo(Shape.of(rows.size(), 10));
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = KerasConfig.asList(rows.get(r), key);
      for (int c = 0; c < row.size(); c++) {
        double expected = ((Number) row.get(c)).doubleValue();
        assertThat((double) p.get(r, c))
            .as("%s row %d class %d", key, r, c)
            .isCloseTo(expected, Offset.offset(TOLERANCE));
      }
    }
  }

  /** {@code x[n, h, w, c] = ((7n + 13h + 17w + 23c) mod 101) / 100}, as in make.py. */
  static Tensor fixedInput() {
    return Tensor.fromFunction(
        Shape.of(4, 32, 32, 3),
        i -> (float) (((7 * i[0] + 13 * i[1] + 17 * i[2] + 23 * i[3]) % 101) / 100.0));
  }

  private static Map<String, Object> golden() throws IOException {
    try (InputStream in =
        ModelsGoldenTest.class.getResourceAsStream("/golden/keras/predictions.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return KerasConfig.asMap(
          KerasConfig.asMap(Json.parse(text), "golden").get("predictions"), "predictions");
    }
  }
}
