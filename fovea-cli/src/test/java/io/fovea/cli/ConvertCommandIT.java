package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea convert IN OUT} from the jar: .keras to .h5 and back, read by the library. */
class ConvertCommandIT {

  @TempDir Path tmp;

  @Test
  void convertsAKerasArchiveToAnH5ModelAndBackWithTheSameWeights() throws Exception {
    Path keras = CliFixtures.tinyModel(tmp);
    Path h5 = tmp.resolve("tiny.h5");
    Path back = tmp.resolve("back.keras");
    for (Path[] step : new Path[][] {{keras, h5}, {h5, back}}) {
      Run r = FoveaJar.run("convert", step[0].toString(), step[1].toString()).succeeded();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("Wrote " + step[1] + "\n");
    }
    // An HDF5 file starts with its 8-byte signature; a .keras archive is a zip.
    assertThat(Files.readAllBytes(h5)).startsWith(0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n');
    assertThat(Files.readAllBytes(back)).startsWith('P', 'K', 3, 4);
    List<Tensor> expected = Models.load(keras).getWeights();
    for (Path file : List.of(h5, back)) {
      List<Tensor> weights = Models.load(file).getWeights();
      assertThat(weights).as(file.toString()).hasSameSizeAs(expected);
      for (int i = 0; i < weights.size(); i++) {
        assertThat(weights.get(i).allClose(expected.get(i), 0, 0)).as(file + " " + i).isTrue();
      }
    }
  }

  @Test
  void rejectsAnOutputThatIsNotAModelFileAsBadUsage() throws Exception {
    Path keras = CliFixtures.tinyModel(tmp);
    Path txt = tmp.resolve("model.txt");
    FoveaJar.run("convert", keras.toString(), txt.toString()).isUsageError("OUT");
    FoveaJar.run("convert", keras.toString()).isUsageError("OUT");
    assertThat(txt).doesNotExist();
  }

  @Test
  void failsWithOneLineForAMissingOrBrokenInput() throws Exception {
    Path out = tmp.resolve("out.keras");
    Path missing = tmp.resolve("missing.h5");
    FoveaJar.run("convert", missing.toString(), out.toString())
        .isFailure("IN: no such file: " + missing);
    Path noise = Files.write(tmp.resolve("noise.keras"), new byte[100]);
    FoveaJar.run("convert", noise.toString(), out.toString()).isFailure(noise.toString());
    assertThat(out).doesNotExist();
  }
}
