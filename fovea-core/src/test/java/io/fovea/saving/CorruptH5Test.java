package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.InputLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A legacy .h5 with a few bytes overwritten fails as a KerasFileException, never in Java words. */
class CorruptH5Test {

  @TempDir Path tmp;

  @Test
  void overwrittenBytesGiveAKerasFileExceptionWithoutJavaWords() throws IOException {
    Sequential model = new Sequential();
    model.add(new InputLayer(4));
    model.add(new Dense(3, "relu"));
    model.add(new Dense(2));
    Path good = tmp.resolve("m.h5");
    Models.save(model, good);
    byte[] bytes = Files.readAllBytes(good);
    Random random = new Random(14);
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (int trial = 0; trial < 600; trial++) {
      byte[] bad = bytes.clone();
      int at = 64 + random.nextInt(bad.length - 64);
      for (int i = 0; i < 1 + trial % 8 && at + i < bad.length; i++) {
        bad[at + i] = (byte) random.nextInt(256);
      }
      Path file = tmp.resolve("bad" + trial + ".h5");
      Files.write(file, bad);
      try {
        Models.load(file);
      } catch (KerasFileException e) {
        refused++;
        String m = e.getMessage();
        if (!m.startsWith(file.toString())
            || m.contains("java.")
            || m.contains("null")
            || m.contains("Exception")) {
          failures.add("byte " + at + ": " + m);
        }
      } catch (RuntimeException | IOException | StackOverflowError e) {
        failures.add("byte " + at + ": " + e);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(refused).as("corruptions refused").isPositive();
  }
}
