package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.nio.file.Path;
import java.util.List;
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
  void convertsAKerasArchiveToALegacyH5AndBack() throws Exception {
    Path in = CliFixtures.tinyModel(tmp);
    Path h5 = tmp.resolve("out.h5");
    Run r = CliFixtures.run("convert", in.toString(), h5.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    Path back = tmp.resolve("back.keras");
    assertThat(CliFixtures.run("convert", h5.toString(), back.toString()).code()).isEqualTo(0);
    List<Tensor> a = Models.load(in).getWeights();
    List<Tensor> b = Models.load(back).getWeights();
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).allClose(a.get(i), 0, 0)).isTrue();
    }
  }

  @Test
  void neverLaundersACorruptedArchive() throws Exception {
    Path in = CliFixtures.tinyModel(tmp);
    byte[] bytes = java.nio.file.Files.readAllBytes(in);
    byte[] name = "model.weights.h5".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var le = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
      if (le.getInt(i) == 0x02014b50
          && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
        // The CRC-32 field of the member's central directory header.
        bytes[i + 16] ^= 0x01;
      }
    }
    Path corrupt = tmp.resolve("corrupt.keras");
    java.nio.file.Files.write(corrupt, bytes);
    Path out = tmp.resolve("laundered.keras");
    Run r = CliFixtures.run("convert", corrupt.toString(), out.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains(corrupt + "!model.weights.h5: expected CRC-32 ");
    assertThat(out).doesNotExist();
  }

  @Test
  void rejectsAnOutputWithoutAModelExtension() {
    Run r = CliFixtures.run("convert", "a.keras", "b.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "fovea: OUT: expected a .keras or .h5 file name, got b.txt\n"
                + "Try 'fovea convert --help'.\n");
    Run weights = CliFixtures.run("convert", "a.keras", "b.weights.h5");
    assertThat(weights.code()).isEqualTo(2);
    assertThat(weights.err())
        .startsWith("fovea: OUT: expected a .keras or .h5 file name, got b.weights.h5\n");
  }
}
