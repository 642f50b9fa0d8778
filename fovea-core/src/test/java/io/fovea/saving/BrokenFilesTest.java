package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenFilesTest {

  @TempDir Path tmp;

  @Test
  void aTruncatedH5FailsNamingTheFile() throws IOException {
    Path source = KerasFixtures.get(KerasFixtures.LEGACY_H5);
    byte[] bytes = Files.readAllBytes(source);
    Path cut = tmp.resolve("cut.h5");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertThatThrownBy(() -> Models.load(cut))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(cut.toString());
  }

  @Test
  void aZipWithoutConfigJsonFailsNamingTheMember() throws IOException {
    Path zip = tmp.resolve("no-config.keras");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("metadata.json"));
      out.write("{\"keras_version\": \"3.9.2\"}".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThatThrownBy(() -> Models.load(zip))
        .isInstanceOf(KerasFileException.class)
        .hasMessage(
            zip + ": expected zip member 'config.json' (a Keras 3 .keras archive), got none");
  }

  @Test
  void malformedConfigJsonGivesTheCharacterOffset() throws IOException {
    Path zip = tmp.resolve("bad.keras");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("config.json"));
      out.write("{\"class_name\": \"Sequential\",}".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThatThrownBy(() -> Models.load(zip))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining("config.json: malformed")
        .hasMessageContaining("expected a string key at character 28");
  }

  @Test
  void aFileThatIsNeitherHdf5NorZipIsRefused() throws IOException {
    Path text = tmp.resolve("model.h5");
    try (OutputStream out = Files.newOutputStream(text)) {
      out.write("not a model at all".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> Models.load(text))
        .isInstanceOf(KerasFileException.class)
        .hasMessageStartingWith(text + ": expected an HDF5 file");
  }

  @Test
  void aWeightsOnlyLoadOfAnH5WithoutConfigPointsToLoadWeights() throws IOException {
    Path source = KerasFixtures.get(KerasFixtures.KERAS3);
    // The archive's model.weights.h5 is an HDF5 file without a model config.
    Path h5 = tmp.resolve("model.weights.h5");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.toFile())) {
      Files.write(h5, zip.getInputStream(zip.getEntry("model.weights.h5")).readAllBytes());
    }
    assertThatThrownBy(() -> Models.load(h5))
        .isInstanceOf(KerasFileException.class)
        .hasMessageContaining("/@model_config")
        .hasMessageContaining("Models.loadWeights");
  }
}
