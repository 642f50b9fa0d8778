package io.fovea.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  final Map<String, Double> logs = Map.of("loss", 0.25, "val_loss", 0.312345, "acc", 1e-5);

  @Test
  void fillsPlaceholdersAsPythonFormatDoes() {
    assertThat(new PathTemplate("w{epoch}.fovea").format(0, logs)).isEqualTo("w1.fovea");
    assertThat(new PathTemplate("w{epoch:02d}-{val_loss:.4f}.fovea").format(8, logs))
        .isEqualTo("w09-0.3123.fovea");
    assertThat(new PathTemplate("{epoch:03d}_{loss}_{acc:.2e}").format(11, logs))
        .isEqualTo("012_0.25_1.00e-05");
    assertThat(new PathTemplate("plain.fovea").format(0, logs)).isEqualTo("plain.fovea");
  }

  @Test
  void printsFloatsAsPythonStr() {
    assertThat(PathTemplate.pythonStr(1.0)).isEqualTo("1.0");
    assertThat(PathTemplate.pythonStr(1e-5)).isEqualTo("1e-05");
    assertThat(PathTemplate.pythonStr(2.5e20)).isEqualTo("2.5e+20");
    assertThat(PathTemplate.pythonStr(1e-4)).isEqualTo("0.0001");
    assertThat(PathTemplate.pythonStr(1e7)).isEqualTo("10000000.0");
    assertThat(PathTemplate.pythonStr(12345678.5)).isEqualTo("12345678.5");
    assertThat(PathTemplate.pythonStr(1e16)).isEqualTo("1e+16");
    assertThat(PathTemplate.pythonStr(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void rejectsAFormatItCannotApply() {
    assertThatThrownBy(() -> new PathTemplate("{loss:>>x}").format(0, logs))
        .hasMessage(
            "ModelCheckpoint: expected a format like 02d or .4f, got '>>x' in " + "'{loss:>>x}'");
  }
}
