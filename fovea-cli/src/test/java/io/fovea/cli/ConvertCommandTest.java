package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.saving.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir Path tmp;

  @Test
  void rewritesAKerasFileWithTheSameWeights() throws Exception {
    Path in = CliFixtures.tinyModel(tmp);
    Path out = tmp.resolve("copy.keras");
    Run r = CliFixtures.run("convert", in.toString(), out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.err()).contains("Wrote " + out);
    var a = Models.load(in).getWeights();
    var b = Models.load(out).getWeights();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).allClose(a.get(i), 0, 0)).isTrue();
    }
  }

  @Test
  void failsClearlyForALegacyH5Output() throws Exception {
    Path in = CliFixtures.tinyModel(tmp);
    Run r = CliFixtures.run("convert", in.toString(), tmp.resolve("out.h5").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "fovea: convert: writing legacy .h5 model files is not supported yet; "
                + "write out.keras instead\n");
    assertThat(Files.exists(tmp.resolve("out.h5"))).isFalse();
  }

  @Test
  void rejectsAnOutputWithoutAModelExtension() {
    Run r = CliFixtures.run("convert", "a.keras", "b.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "fovea: OUT: expected a .keras or .h5 file name, got b.txt\n"
                + "Try 'fovea convert --help'.\n");
  }
}
