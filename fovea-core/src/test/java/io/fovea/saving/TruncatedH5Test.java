package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A legacy .h5 cut anywhere is refused, as h5py refuses it, and never loads as another model. */
class TruncatedH5Test {

  @TempDir Path dir;

  @Test
  void everyCutIsRefusedNamingTheFile() throws IOException {
    Sequential model =
        new Sequential()
            .seed(3)
            .add(new InputLayer(6, 6, 1))
            .add(new Conv2D(2, 3))
            .add(new Flatten())
            .add(new Dense(3, "softmax"));
    model.compile("adam", "categorical_crossentropy", "accuracy");
    Path whole = dir.resolve("m.h5");
    Models.save(model, whole);
    byte[] bytes = Files.readAllBytes(whole);
    assertThat(Models.load(whole).countParams()).isEqualTo(model.countParams());
    List<Integer> cuts = new ArrayList<>(List.of(0, 7, 8, 40, 100, 1000));
    for (int k = 1; k < 20; k++) {
      cuts.add(bytes.length * k / 20);
    }
    cuts.addAll(List.of(bytes.length - 100, bytes.length - 8, bytes.length - 1));
    for (int cut : cuts) {
      Path file = dir.resolve("cut" + cut + ".h5");
      Files.write(file, Arrays.copyOf(bytes, cut));
      assertThatThrownBy(() -> Models.load(file))
          .as("cut at byte %d of %d", cut, bytes.length)
          .isInstanceOf(KerasFileException.class)
          .hasMessageStartingWith(file.toString() + ": ")
          .hasMessageNotContaining("Exception");
    }
  }

  @Test
  void aKerasFileCutInsideItsOptimizerWeightsIsRefused() throws IOException {
    Path source = KerasFixtures.get(KerasFixtures.LEGACY_H5);
    byte[] bytes = Files.readAllBytes(source);
    // The last dataset, optimizer_weights/Adamax/u/dense/kernel:0, starts at byte 2300200.
    for (int cut : new int[] {2_301_000, bytes.length - 16, bytes.length - 1}) {
      Path file = dir.resolve("cifar-cut" + cut + ".h5");
      Files.write(file, Arrays.copyOf(bytes, cut));
      assertThatThrownBy(() -> Models.load(file))
          .isInstanceOf(KerasFileException.class)
          .hasMessage(
              file
                  + ": truncated HDF5 file: expected "
                  + bytes.length
                  + " bytes (the end of file address in the superblock), got "
                  + cut);
    }
  }

  @Test
  void aCutLateInTheFileNamesBothSizes() throws IOException {
    Sequential model = new Sequential().add(new InputLayer(4)).add(new Dense(2));
    Path whole = dir.resolve("late.h5");
    Models.save(model, whole);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = dir.resolve("late-cut.h5");
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
    assertThatThrownBy(() -> Models.load(file))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            file
                + ": truncated HDF5 file: expected "
                + bytes.length
                + " bytes (the end of file address in the superblock), got "
                + (bytes.length - 5));
  }
}
