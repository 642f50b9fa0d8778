package io.fovea.saving.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  private static Map<String, Object> sample() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("loss", 0.25);
    inner.put("empty", Map.of());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "a\"b\\c\n");
    m.put("epochs", 3);
    m.put("history", Arrays.asList(1L, 2.5f, null, true));
    m.put("last", inner);
    return m;
  }

  @Test
  void writesCompactJsonThatJsonReadsBack() {
    String text = JsonWriter.write(sample());

    assertThat(text)
        .isEqualTo(
            "{\"name\": \"a\\\"b\\\\c\\n\", \"epochs\": 3, \"history\": [1, 2.5, null, true],"
                + " \"last\": {\"loss\": 0.25, \"empty\": {}}}");
    assertThat(Json.parse(text)).isEqualTo(Json.parse(JsonWriter.write(Json.parse(text))));
  }

  @Test
  void refusesNonFiniteNumbersInCompactJson() {
    assertThatThrownBy(() -> JsonWriter.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON: expected a finite number, got NaN");
  }

  @Test
  void indentsMapEntriesAndWritesDoublesAsTold() {
    String text = JsonWriter.writeIndented(sample(), d -> Double.isFinite(d) ? "D" + d : "null");

    assertThat(text)
        .isEqualTo(
            "{\n"
                + "  \"name\": \"a\\\"b\\\\c\\n\",\n"
                + "  \"epochs\": 3,\n"
                + "  \"history\": [1, D2.5, null, true],\n"
                + "  \"last\": {\n"
                + "    \"loss\": D0.25,\n"
                + "    \"empty\": {}\n"
                + "  }\n"
                + "}");
  }

  @Test
  void quotesStrings() {
    assertThat(JsonWriter.quote("x\u0001\t\"")).isEqualTo("\"x\\u0001\\t\\\"\"");
  }
}
