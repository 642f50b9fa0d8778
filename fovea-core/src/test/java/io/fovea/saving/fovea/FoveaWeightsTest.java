package io.fovea.saving.fovea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.model.WeightsFileException;
import io.fovea.nn.Dense;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fovea's own weights format through the door ({@code Models.saveWeights/loadWeights} on a {@code
 * .fovea} name), and the files earlier versions wrote.
 */
class FoveaWeightsTest {

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
    Models.saveWeights(a, file);
    Sequential b = model(2);
    Models.loadWeights(b, file);
    assertThat(b.getWeights()).isEqualTo(a.getWeights());
    try (var listing = Files.list(dir)) {
      assertThat(listing.toList()).containsExactly(file);
    }
  }

  @Test
  void writesTheFileReadableByOthersAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("w.fovea");
    Models.saveWeights(model(1), file);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("w.fovea");
    }
  }

  @Test
  void readsTheFileAnEarlierVersionWrote() throws Exception {
    Path file = Path.of(FoveaWeightsTest.class.getResource("/golden/fovea/dense-v1.fovea").toURI());
    Sequential model = model(2);
    Models.loadWeights(model, file);
    List<Tensor> w = model.getWeights();
    assertThat(w.get(0).shape().dims()).containsExactly(3, 6);
    assertThat(w.get(0).toArray())
        .containsExactly(
            0.44069216f,
            -0.12524766f,
            0.13270135f,
            -0.068968974f,
            0.60911405f,
            0.5347538f,
            -0.5210256f,
            0.50058925f,
            -0.1322442f,
            -0.3987079f,
            -0.31677085f,
            0.5884796f,
            0.56863195f,
            -0.7416824f,
            -0.63321126f,
            -0.34573463f,
            0.7333184f,
            0.23663305f);
    assertThat(w.get(1).toArray()).containsExactly(new float[6]);
    assertThat(w.get(2).shape().dims()).containsExactly(6, 2);
    assertThat(w.get(2).toArray())
        .containsExactly(
            -0.27775723f,
            -0.42818338f,
            -0.7381307f,
            0.7140118f,
            0.26008564f,
            0.670879f,
            -0.4748755f,
            0.13394225f,
            -0.02119836f,
            -0.08676151f,
            -0.49491495f,
            0.101178214f);
    assertThat(w.get(3).toArray()).containsExactly(new float[2]);
  }

  @Test
  void reportsTheByteOffsetOfATruncatedFile() throws IOException {
    Path file = dir.resolve("w.fovea");
    Models.saveWeights(model(1), file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 60));
    assertThatThrownBy(() -> Models.loadWeights(model(1), file))
        .isInstanceOf(WeightsFileException.class)
        .hasMessageMatching(
            ".*w\\.fovea at byte \\d+: truncated: expected \\d+ bytes of values "
                + "of weight 'kernel' of layer 'dense', got \\d+ \\(file size 60\\)");
  }

  @Test
  void checksTheMagicAndTheVersion() throws IOException {
    Path file = dir.resolve("w.fovea");
    Files.write(file, "NOTFOVEA".getBytes());
    assertThatThrownBy(() -> Models.loadWeights(model(1), file))
        .hasMessageStartingWith(
            file + " at byte 0: expected a Fovea weights file starting " + "with \"FOVEAWTS\"");
    Models.saveWeights(model(1), file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[8] = 9;
    Files.write(file, bytes);
    assertThatThrownBy(() -> Models.loadWeights(model(1), file))
        .hasMessage(file + " at byte 8: expected version 1, got 9. Update Fovea to read it");
  }

  @Test
  void rejectsWeightsOfAnotherArchitectureNamingTheWeight() throws IOException {
    Path file = dir.resolve("w.fovea");
    Models.saveWeights(model(1), file);
    Sequential other = new Sequential();
    other.add(new Dense(7, "relu").inputShape(3));
    other.add(new Dense(2, "softmax"));
    assertThatThrownBy(() -> Models.loadWeights(other, file))
        .isInstanceOf(WeightsFileException.class)
        .hasMessage(
            file
                + ", layer 'dense', weight 'kernel': expected shape [3, 7] for Dense "
                + "'dense' (layer 0), got [3, 6]");
  }
}
