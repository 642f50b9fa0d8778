package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the files NumPy wrote in src/test/resources/golden/npy (see make.py there). */
class NpyGoldenTest {

  static Path golden(String name) throws URISyntaxException {
    return Path.of(NpyGoldenTest.class.getResource("/golden/npy/" + name).toURI());
  }

  /** The value make.py stores at row-major index i for a dtype code. */
  static double expected(String code, int i) {
    return switch (code) {
      case "u1" -> i * 10;
      case "b1" -> i % 3 == 0 ? 1 : 0;
      case "i1" -> i - 10;
      case "i2" -> (i - 10) * 1000;
      case "i4" -> (i - 10) * 100000;
      case "i8" -> (i - 10) * 1e12;
      default -> (i - 10) * 0.5 + 0.25;
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "u1_na_c", "u1_na_f", "i1_na_c", "i1_na_f", "b1_na_c", "b1_na_f", "i2_le_c", "i2_le_f",
        "i2_be_c", "i2_be_f", "i4_le_c", "i4_le_f", "i4_be_c", "i4_be_f", "i8_le_c", "i8_le_f",
        "i8_be_c", "i8_be_f", "f2_le_c", "f2_le_f", "f2_be_c", "f2_be_f", "f4_le_c", "f4_le_f",
        "f4_be_c", "f4_be_f", "f8_le_c", "f8_le_f", "f8_be_c", "f8_be_f", "f4_v2", "f4_v3"
      })
  void readsEveryDtypeOrderAndEndiannessWrittenByNumpy(String name) throws Exception {
    NdArray a = Npy.read(golden(name + ".npy"));
    String code = name.substring(0, 2);
    assertThat(a.dtype().code()).isEqualTo(code);
    assertThat(a.shape()).containsExactly(2, 3, 4);
    for (int i = 0; i < 24; i++) {
      assertThat(a.getDouble(i)).as("%s index %d", name, i).isEqualTo(expected(code, i));
    }
  }

  @Test
  void readsScalarAndEmptyArrays() throws Exception {
    NdArray s = Npy.read(golden("scalar_f8.npy"));
    assertThat(s.shape()).isEmpty();
    assertThat(s.toTensor().item()).isEqualTo(2.5f);
    NdArray e = Npy.read(golden("empty_i4.npy"));
    assertThat(e.shape()).containsExactly(0, 3);
    assertThat(e.toTensor().size()).isZero();
  }

  @Test
  void readsStoredAndDeflatedNpz() throws Exception {
    Map<String, NdArray> stored = Npz.read(golden("stored.npz"));
    assertThat(stored.keySet()).containsExactly("x", "y");
    assertThat(stored.get("y").dtype()).isEqualTo(DType.U1);
    assertThat(stored.get("y").getDouble(23)).isEqualTo(230);
    Map<String, NdArray> deflated = Npz.read(golden("deflated.npz"));
    assertThat(deflated.get("x").getDouble(5)).isEqualTo(expected("f4", 5));
    assertThat(deflated.get("y").toLongArray()[23]).isEqualTo(13_000_000_000_000L);
  }

  @Test
  void refusesPickledObjectArraysWithoutLoadingThem() throws Exception {
    Path file = golden("object.npy");
    assertThatThrownBy(() -> Npy.read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(
            "object.npy at byte 10: expected a numeric dtype, got '|O': "
                + "object arrays hold Python pickles, which Fovea never loads");
  }

  @Test
  void refusesInt64BeyondFloatPrecisionInTensor() throws IOException, URISyntaxException {
    NdArray a = Npy.read(golden("i8_le_c.npy"));
    assertThatThrownBy(a::toTensor)
        .hasMessage(
            "toTensor: expected integers within +-2^24 (exact in float32), got "
                + "-10000000000000 at index 0 of a I8 array");
  }
}
