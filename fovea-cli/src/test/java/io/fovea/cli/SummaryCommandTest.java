package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

  @TempDir Path tmp;

  @Test
  void printsTheKerasTableOnStdout() throws Exception {
    Path model = CliFixtures.tinyModel(tmp);
    Run r = CliFixtures.run("summary", model.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    // Conv2D 3*3*3*2 + 2 = 56, Dense 72*3 + 3 = 219.
    assertThat(r.out()).contains("Total params: 275").contains("Conv2D").contains("Dense");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void printsPresetsAndKerasConfigs() {
    Run preset = CliFixtures.run("summary", "cnn-mnist");
    assertThat(preset.code()).as(preset.err()).isEqualTo(0);
    assertThat(preset.out()).contains("Total params: 220,234");
    Run json =
        CliFixtures.run(
            "summary", "../fovea-core/src/test/resources/golden/model-json/sequential.json");
    assertThat(json.code()).as(json.err()).isEqualTo(0);
    assertThat(json.out()).contains("Total params: 4,787");
  }

  @Test
  void failsWithOneLineForAMissingFile() {
    Run r = CliFixtures.run("summary", tmp.resolve("nope.keras").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("fovea: MODEL: no such file: " + tmp.resolve("nope.keras") + "\n");
  }

  @Test
  void listsItsUsage() {
    Run r = CliFixtures.run("summary", "--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("MODEL").contains("--help");
  }
}
