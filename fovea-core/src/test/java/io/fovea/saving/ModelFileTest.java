package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one place where a file name becomes a format, and {@link Models} writing what it says. */
class ModelFileTest {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] HDF5 = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
  private static final byte[] FOVEA = "FOVEAWTS".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  static Sequential model(long seed) {
    Sequential m = new Sequential().seed(seed);
    m.add(new Dense(6, "relu").inputShape(3));
    m.add(new Dense(2, "softmax"));
    return m;
  }

  @Test
  void aModelNameSaysKerasOrLegacyH5WhateverItsCase() {
    assertThat(ModelFile.forModel(Path.of("a", "cnn.keras"))).isEqualTo(ModelFile.KERAS);
    assertThat(ModelFile.forModel(Path.of("CNN.Keras"))).isEqualTo(ModelFile.KERAS);
    assertThat(ModelFile.forModel(Path.of("cnn.h5"))).isEqualTo(ModelFile.LEGACY_H5);
    assertThat(ModelFile.forModel(Path.of("CNN.H5"))).isEqualTo(ModelFile.LEGACY_H5);
    assertThat(ModelFile.forModel(Path.of("cnn.HDF5"))).isEqualTo(ModelFile.LEGACY_H5);
    assertThat(ModelFile.ofModel(Path.of("cnn.weights.h5"))).isEmpty();
    assertThat(ModelFile.ofModel(Path.of("cnn.fovea"))).isEmpty();
  }

  @Test
  void aWeightsNameSaysKeras3LegacyOrFoveaWhateverItsCase() {
    assertThat(ModelFile.forWeights(Path.of("w.weights.h5"))).isEqualTo(ModelFile.WEIGHTS_H5);
    assertThat(ModelFile.forWeights(Path.of("W.WEIGHTS.H5"))).isEqualTo(ModelFile.WEIGHTS_H5);
    assertThat(ModelFile.forWeights(Path.of("w.h5"))).isEqualTo(ModelFile.LEGACY_WEIGHTS_H5);
    assertThat(ModelFile.forWeights(Path.of("w_weights.H5")))
        .isEqualTo(ModelFile.LEGACY_WEIGHTS_H5);
    assertThat(ModelFile.forWeights(Path.of("w.weights.hdf5")))
        .isEqualTo(ModelFile.LEGACY_WEIGHTS_H5);
    assertThat(ModelFile.forWeights(Path.of("w.fovea"))).isEqualTo(ModelFile.FOVEA_WEIGHTS);
    assertThat(ModelFile.forWeights(Path.of("W.Fovea"))).isEqualTo(ModelFile.FOVEA_WEIGHTS);
    assertThat(ModelFile.forLoadingWeights(Path.of("m.KERAS"))).isEqualTo(ModelFile.KERAS);
    assertThat(ModelFile.forLoadingWeights(Path.of("w.weights.h5")))
        .isEqualTo(ModelFile.WEIGHTS_H5);
    assertThat(ModelFile.forLoadingWeights(Path.of("w.hdf5")))
        .isEqualTo(ModelFile.LEGACY_WEIGHTS_H5);
    assertThat(ModelFile.forLoadingWeights(Path.of("w.fovea"))).isEqualTo(ModelFile.FOVEA_WEIGHTS);
  }

  @Test
  void otherNamesAreRefusedNamingTheFileAndTheAcceptedExtensions() {
    Path fovea = Path.of("model.fovea");
    assertThatThrownBy(() -> ModelFile.forModel(fovea))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "save: expected a .keras (or legacy .h5) file name, got model.fovea. Use saveWeights"
                + " for weights only");
    assertThatThrownBy(() -> ModelFile.forModel(Path.of("m.weights.h5")))
        .hasMessageStartingWith("save: expected a .keras (or legacy .h5) file name, got m.weights");
    assertThatThrownBy(() -> ModelFile.forWeights(Path.of("x", "w.bin")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weights file "
                + Path.of("x", "w.bin")
                + ": expected a name ending in .weights.h5 (Keras 3), .h5 or .hdf5 (legacy Keras)"
                + " or .fovea (Fovea's own format), got 'w.bin'");
    assertThatThrownBy(() -> ModelFile.forLoadingWeights(Path.of("w.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weights file w.txt: expected a name ending in .weights.h5 or .keras (Keras 3), .h5"
                + " or .hdf5 (legacy Keras) or .fovea (Fovea's own format), got 'w.txt'");
  }

  @Test
  void refusesAKerasNameForWeightsOnly() {
    Path file = dir.resolve("model.keras");
    assertThatThrownBy(() -> Models.saveWeights(model(1), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "weights file "
                + file
                + ": expected a weights file name (.weights.h5 or .h5 for Keras, another"
                + " extension such as .fovea for Fovea's own format), got a .keras name that no"
                + " format handles here. A whole model goes to .keras with save(path)");
  }

  @Test
  void saveWritesAWholeKerasModelAndRefusesOtherNames() throws IOException {
    Sequential a = model(1);
    Models.save(a, dir.resolve("model.keras"));
    assertThat(head(dir.resolve("model.keras"), 4)).isEqualTo(ZIP);
    Models.save(a, dir.resolve("model.h5"));
    assertThat(head(dir.resolve("model.h5"), 8)).isEqualTo(HDF5);
    assertThat(Models.load(dir.resolve("model.h5")).getWeights()).isEqualTo(a.getWeights());
    assertThatThrownBy(() -> Models.save(a, dir.resolve("model.fovea")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "save: expected a .keras (or legacy .h5) file name, got "
                + dir.resolve("model.fovea")
                + ". Use saveWeights for weights only");
    assertThat(dir.resolve("model.fovea")).doesNotExist();
  }

  @Test
  void writesKerasWeightsForWeightsH5NamesAndLegacyWeightsForOtherH5Names() throws IOException {
    Sequential a = model(1);
    for (String name : new String[] {"best.weights.h5", "best.h5", "best.hdf5", "BEST.H5"}) {
      Path file = dir.resolve(name);
      Models.saveWeights(a, file);
      assertThat(head(file, 8)).as(name).isEqualTo(HDF5);
      Sequential b = model(2);
      Models.loadWeights(b, file);
      assertThat(b.getWeights()).as(name).isEqualTo(a.getWeights());
    }
    // Only legacy files store layers by name.
    assertThatThrownBy(() -> Models.loadWeightsByName(model(2), dir.resolve("best.weights.h5")))
        .hasMessageContaining("got a Keras 3 weights tree");
    for (String legacy : new String[] {"best.h5", "best.hdf5", "BEST.H5"}) {
      Sequential b = model(2);
      Models.loadWeightsByName(b, dir.resolve(legacy));
      assertThat(b.getWeights()).as(legacy).isEqualTo(a.getWeights());
    }
  }

  @Test
  void writesFoveaWeightsForFoveaNamesAndReadsWeightsOutOfAKerasArchive() throws IOException {
    Sequential a = model(1);
    Models.saveWeights(a, dir.resolve("w.Fovea"));
    assertThat(head(dir.resolve("w.Fovea"), 8)).isEqualTo(FOVEA);
    Models.save(a, dir.resolve("m.keras"));
    for (String name : new String[] {"w.Fovea", "m.keras"}) {
      Sequential b = model(2);
      Models.loadWeights(b, dir.resolve(name));
      assertThat(b.getWeights()).as(name).isEqualTo(a.getWeights());
    }
  }

  @Test
  void anUnbuiltModelIsRefusedNamingTheFile() {
    Sequential unbuilt = new Sequential(new Dense(2));
    Path file = dir.resolve("m.keras");
    assertThatThrownBy(() -> Models.save(unbuilt, file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "sequential: expected a built model to save as "
                + file
                + "; give it an input shape first");
    assertThatThrownBy(() -> Models.saveWeights(unbuilt, dir.resolve("w.fovea")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "sequential: expected a built model to save its weights in "
                + dir.resolve("w.fovea")
                + "; give it an input shape first");
  }

  private static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.copyOf(in.readNBytes(n), n);
    }
  }
}
