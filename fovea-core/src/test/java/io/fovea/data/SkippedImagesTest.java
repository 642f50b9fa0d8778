package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.BatchSource.Batch;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.optimizers.Adam;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrupt images met while batches are prepared: skipped, warned once, labels kept aligned. */
class SkippedImagesTest {

  @TempDir Path dir;
  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** Cuts {@code file} inside its pixel data: the header still reads, decoding fails. */
  static void truncate(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 40));
  }

  private DirectoryFlow flow(Flow options) throws IOException {
    return new ImageDataGenerator().flowFromDirectory(dir, options.output(out));
  }

  @Test
  void aTruncatedPngBetweenGoodOnesIsSkippedAndTheOtherLabelsStayRight() throws IOException {
    DirectoryFlowTest.writeClass(dir, "a", 0, 6, "png");
    DirectoryFlowTest.writeClass(dir, "b", 1, 6, "png");
    Path bad = dir.resolve("a").resolve("a.3.png");
    truncate(bad);
    DirectoryFlow f = flow(Flow.targetSize(3, 3).batchSize(4).classMode("sparse").shuffle(false));
    // The header is intact, so the scan keeps it; it breaks when a batch decodes it.
    assertThat(f.sampleCount()).isEqualTo(12);
    Batch first = f.batch(0, 0);
    assertThat(first.x().shape().dims()).containsExactly(3, 3, 3, 3);
    assertThat(first.y().toArray()).containsExactly(0, 0, 0);
    for (int e = 0; e < 2; e++) {
      for (int i = 0; i < f.batchesPerEpoch(); i++) {
        Batch b = f.batch(e, i);
        assertThat(b.y().shape().dim(0)).isEqualTo(b.x().shape().dim(0));
        for (int j = 0; j < b.x().shape().dim(0); j++) {
          int k = (int) b.y().get(j);
          assertThat(b.x().get(j, 1, 1, 0)).isEqualTo(DirectoryFlowTest.red(k));
        }
      }
    }
    String warning = "Warning: skipping " + bad + ": cannot read the image: ";
    assertThat(printed())
        .containsOnlyOnce(warning)
        .doesNotContain("java.")
        .doesNotContain("Exception");
    assertThat(f.skippedFiles()).containsExactly(bad);
  }

  @Test
  void trainingOverAFolderWithABrokenImageRunsToTheEnd() throws IOException {
    DirectoryFlowTest.writeClass(dir, "dark", 0, 8, "png");
    DirectoryFlowTest.writeClass(dir, "light", 5, 8, "png");
    Path bad = dir.resolve("light").resolve("light.4.png");
    DirectoryFlow f = flow(Flow.targetSize(4, 4).batchSize(5).classMode("binary").seed(2));
    // Broken after the scan: an empty file, as a copy cut short by a full disk leaves it.
    Files.write(bad, new byte[0]);
    Sequential m = new Sequential().seed(3);
    m.add(new Flatten().inputShape(4, 4, 3));
    m.add(new Dense(1, "sigmoid"));
    m.compile(new Adam(0.05), "binary_crossentropy", "accuracy");
    History h = m.fit(f, Fit.epochs(3).verbose(0));
    assertThat(h.get("loss")).hasSize(3);
    assertThat(printed()).containsOnlyOnce("Warning: skipping " + bad + ": cannot read the image");
  }

  @Test
  void aBatchWithoutOneReadableImageFailsNamingItsFiles() throws IOException {
    DirectoryFlowTest.writeClass(dir, "a", 0, 20, "png");
    DirectoryFlow f = flow(Flow.targetSize(2, 2).batchSize(1).shuffle(false));
    Path bad = dir.resolve("a").resolve("a.0.png");
    Files.writeString(bad, "not an image");
    assertThatThrownBy(() -> f.batch(0, 0))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage(
            "flowFromDirectory: expected at least one readable image in batch 0 of epoch 0, "
                + "got none of its 1: "
                + bad);
    assertThat(f.batch(0, 1).x().shape().dim(0)).isEqualTo(1);
  }

  @Test
  void moreThanATenthOfTheImagesBrokenFailsNamingHowManyAndTheFirstFew() throws IOException {
    DirectoryFlowTest.writeClass(dir, "a", 0, 20, "png");
    DirectoryFlow f = flow(Flow.targetSize(2, 2).batchSize(20).shuffle(false).workers(2));
    Path[] bad = new Path[7];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = dir.resolve("a").resolve("a." + (i + 10) + ".png");
      truncate(bad[i]);
    }
    // a.10 .. a.16 sort between a.1 and a.2; the third one passes 10% of 20.
    try (var stream = f.stream(0)) {
      assertThatThrownBy(stream::next)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage(
              "flowFromDirectory: expected at most 10% of the 20 images to be unreadable, got 3: "
                  + bad[0]
                  + ", "
                  + bad[1]
                  + ", "
                  + bad[2]
                  + ". Remove or replace the broken files");
    }
  }

  @Test
  void tooManyFilesSkippedByTheScanFailAtOnce() throws IOException {
    DirectoryFlowTest.writeClass(dir, "a", 0, 4, "png");
    for (int i = 0; i < 7; i++) {
      Files.writeString(dir.resolve("a").resolve("x" + i + ".jpg"), "text");
    }
    assertThatThrownBy(() -> flow(Flow.targetSize(2, 2)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(
            "flowFromDirectory: expected at most 10% of the 11 images to be unreadable, got 7: ")
        .hasMessageEndingWith(" and 2 more. Remove or replace the broken files");
  }

  @Test
  void reasonsNeverShowJavaClassNames() {
    IOException inner = new IOException("Unexpected end of ZLIB input stream");
    assertThat(ImageFiles.reason(new RuntimeException(inner)))
        .isEqualTo("Unexpected end of ZLIB input stream");
    assertThat(ImageFiles.reason(new IllegalStateException(new NullPointerException())))
        .isEqualTo("the decoder gave no reason");
    assertThat(ImageFiles.reason(new java.nio.file.NoSuchFileException("/x.png")))
        .isEqualTo("no such file");
  }
}
