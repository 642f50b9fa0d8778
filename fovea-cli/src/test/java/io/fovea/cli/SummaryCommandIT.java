package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.FoveaJar.Run;
import io.fovea.saving.Models;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea summary MODEL} from the jar, on a tiny model saved by the library. */
class SummaryCommandIT {

  @TempDir Path tmp;

  @Test
  void printsTheSameKerasTableForAKerasAndAnH5File() throws Exception {
    Path model = CliFixtures.tinyModel(tmp);
    Path legacy = tmp.resolve("tiny.h5");
    Models.saveLegacy(Models.load(model), legacy);
    Run keras = FoveaJar.run("summary", model.toString());
    Run h5 = FoveaJar.run("summary", legacy.toString());
    for (Run r : new Run[] {keras, h5}) {
      r.succeeded();
      assertThat(r.err()).isEmpty();
      // Conv2D 3*3*3*2 + 2 = 56, Dense 6*6*2*3 + 3 = 219.
      assertThat(r.out())
          .as(r::describe)
          .containsPattern("(?m)^Model: \"\\w+\"$")
          .containsPattern("(?m)^│ conv2d\\S* \\(Conv2D\\) +│ \\(None, 6, 6, 2\\) +│ +56 │$")
          .containsPattern("(?m)^│ dense\\S* \\(Dense\\) +│ \\(None, 3\\) +│ +219 │$")
          .contains("Total params: 275");
    }
    assertThat(h5.out()).isEqualTo(keras.out());
  }

  @Test
  void failsWithOneLineForAMissingOrBrokenModel() throws Exception {
    Path missing = tmp.resolve("nope.keras");
    FoveaJar.run("summary", missing.toString()).isFailure("MODEL: no such file: " + missing);
    Path noise = Files.write(tmp.resolve("noise.keras"), new byte[300]);
    FoveaJar.run("summary", noise.toString()).isFailure(noise.toString());
    byte[] archive = Files.readAllBytes(CliFixtures.tinyModel(tmp));
    Path cut = Files.write(tmp.resolve("cut.keras"), Arrays.copyOf(archive, archive.length / 2));
    FoveaJar.run("summary", cut.toString()).isFailure(cut.toString());
  }

  @Test
  void rejectsAMissingModelArgumentAsBadUsage() throws Exception {
    FoveaJar.run("summary").isUsageError("MODEL");
  }
}
