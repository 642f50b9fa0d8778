package io.fovea.saving.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.saving.codec.KerasConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void readsEveryKindOfValueInFileOrder() {
    Object v =
        Json.parse(
            " {\"b\": [1, -2.5, 1e-07, true, false, null], \"a\": \"x\\\"\\\\\\/\\n\\u00e9\","
                + " \"o\": {}, \"l\": []} ");
    Map<String, Object> m = KerasConfig.asMap(v, "test");
    assertThat(m.keySet()).containsExactly("b", "a", "o", "l");
    assertThat(KerasConfig.asList(m.get("b"), "b"))
        .containsExactly((Object) 1L, -2.5, 1e-07, true, false, null);
    assertThat(m.get("a")).isEqualTo("x\"\\/\n\u00e9");
    assertThat((Map<?, ?>) m.get("o")).isEmpty();
    assertThat((List<?>) m.get("l")).isEmpty();
  }

  @Test
  void acceptsPythonsNonFiniteNumbers() {
    assertThat(KerasConfig.asList(Json.parse("[NaN, Infinity, -Infinity]"), "x"))
        .containsExactly((Object) Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  @Test
  void reportsTheCharacterOffsetOfAnError() {
    assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2,]}"))
        .isInstanceOf(Json.ParseException.class)
        .hasMessage("expected a value, got ']' at character 12");
    assertThatThrownBy(() -> Json.parse("{\"a\": 1} x"))
        .hasMessage("expected the end of the document, got 'x' at character 9");
    assertThatThrownBy(() -> Json.parse("\"abc")).hasMessageContaining("at character 4");
    assertThatThrownBy(() -> Json.parse("{\"a\": 1, \"a\": 2}"))
        .hasMessage("duplicate key 'a' at character 9");
    assertThatThrownBy(() -> Json.parse("[01]")).hasMessageContaining("at character 2");
    assertThatThrownBy(() -> Json.parse("\"\\x\"")).hasMessageContaining("unknown escape");
  }

  @Test
  void refusesDeepNestingInsteadOfOverflowingTheStack() {
    char[] open = new char[100_000];
    Arrays.fill(open, '[');
    assertThatThrownBy(() -> Json.parse(new String(open)))
        .isInstanceOf(Json.ParseException.class)
        .hasMessageContaining("nested");
  }
}
