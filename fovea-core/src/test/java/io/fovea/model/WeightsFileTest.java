package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Dense;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

  @TempDir Path dir;

  static Sequential model(long seed) {
    Sequential m = new Sequential().seed(seed);
    m.add(new Dense(6, "relu").inputShape(3));
    m.add(new Dense(2, "softmax"));
    return m;
  }

  @Test
  void savedWeightsLoadIntoAFreshModelBitForBit() throws IOException {
    Sequential a = model(1);
    Path file = dir.resolve("w.fovea");
    a.saveWeights(file);
    Sequential b = model(2);
    b.loadWeights(file);
    assertThat(b.getWeights()).isEqualTo(a.getWeights());
    try (var listing = Files.list(dir)) {
      assertThat(listing.toList()).containsExactly(file);
    }
  }

  @Test
  void writesTheFileReadableByOthersAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("w.fovea");
    model(1).saveWeights(file);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("w.fovea");
    }
  }

  @Test
  void writesKerasWeightsForWeightsH5NamesAndLegacyWeightsForOtherH5Names() throws IOException {
    Sequential a = model(1);
    for (String name : new String[] {"best.weights.h5", "best.h5", "best.hdf5"}) {
      Path file = dir.resolve(name);
      a.saveWeights(file);
      Sequential b = model(2);
      b.loadWeights(file);
      assertThat(b.getWeights().get(0).toArray())
          .as(name)
          .containsExactly(a.getWeights().get(0).toArray());
    }
  }

  @Test
  void saveWritesAWholeKerasModelAndRefusesOtherNames() throws IOException {
    Sequential a = model(1);
    a.save(dir.resolve("model.keras"));
    assertThat(Files.size(dir.resolve("model.keras"))).isPositive();
    a.save(dir.resolve("model.h5"));
    assertThat(Files.size(dir.resolve("model.h5"))).isPositive();
    assertThatThrownBy(() -> a.save(dir.resolve("model.fovea")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "save: expected a .keras (or legacy .h5) file name, got "
                + dir.resolve("model.fovea")
                + ". Use saveWeights for weights only");
  }

  @Test
  void reportsTheByteOffsetOfATruncatedFile() throws IOException {
    Path file = dir.resolve("w.fovea");
    model(1).saveWeights(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 60));
    assertThatThrownBy(() -> model(1).loadWeights(file))
        .isInstanceOf(WeightsFileException.class)
        .hasMessageMatching(
            ".*w\\.fovea at byte \\d+: truncated: expected \\d+ bytes of values "
                + "of weight 'kernel' of layer 'dense', got \\d+ \\(file size 60\\)");
  }

  @Test
  void refusesAKerasNameForWeightsOnly() {
    Path file = dir.resolve("model.keras");
    assertThatThrownBy(() -> model(1).saveWeights(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weights file "
                + file
                + ": expected a weights file name (.weights.h5 or .h5 for Keras, another"
                + " extension such as .fovea for Fovea's own format), got a .keras name that no"
                + " format handles here. A whole model goes to .keras with save(path)");
  }

  @Test
  void checksTheMagicAndTheVersion() throws IOException {
    Path file = dir.resolve("w.fovea");
    Files.write(file, "NOTFOVEA".getBytes());
    assertThatThrownBy(() -> model(1).loadWeights(file))
        .hasMessageStartingWith(
            file + " at byte 0: expected a Fovea weights file starting " + "with \"FOVEAWTS\"");
    model(1).saveWeights(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[8] = 9;
    Files.write(file, bytes);
    assertThatThrownBy(() -> model(1).loadWeights(file))
        .hasMessage(file + " at byte 8: expected version 1, got 9. Update Fovea to read it");
  }

  @Test
  void rejectsWeightsOfAnotherArchitectureNamingTheWeight() throws IOException {
    Path file = dir.resolve("w.fovea");
    model(1).saveWeights(file);
    Sequential other = new Sequential();
    other.add(new Dense(7, "relu").inputShape(3));
    other.add(new Dense(2, "softmax"));
    assertThatThrownBy(() -> other.loadWeights(file))
        .isInstanceOf(WeightsFileException.class)
        .hasMessage(
            file
                + ", layer 'dense', weight 'kernel': expected shape [3, 7] for Dense "
                + "'dense' (layer 0), got [3, 6]");
  }
}
