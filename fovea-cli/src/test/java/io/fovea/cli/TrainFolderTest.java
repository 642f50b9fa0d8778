package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.cli.CliFixtures.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fovea train --data DIR} over folders with a broken image. */
class TrainFolderTest {

  @TempDir Path tmp;

  @Test
  void aTruncatedImageIsSkippedWithAWarningAndTheRunCompletes() throws Exception {
    Path data = TrainFixtures.colourFolder(tmp, 16);
    // In the training subset (the first four by name, 0 1 10 11, validate); the header still reads.
    Path bad = data.resolve("green").resolve("5.png");
    Files.write(bad, Arrays.copyOf(Files.readAllBytes(bad), 40));
    Run r =
        CliFixtures.run(
            "train",
            "--data",
            data.toString(),
            "--model",
            "mlp",
            "--epochs",
            "6",
            "--seed",
            "1",
            "--verbose",
            "0",
            "--out",
            tmp.resolve("m.keras").toString(),
            "--json");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(r.err()).contains("Warning: skipping " + bad + ": cannot read the image: ");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("java.");
    assertThat(TrainFixtures.number(r.out(), "train_samples")).isEqualTo(35);
    assertThat(TrainFixtures.number(r.out(), "validation_samples")).isEqualTo(12);
    // Labels stayed with their images: the colours are still learnt.
    assertThat(TrainFixtures.number(r.out(), "val_accuracy")).isGreaterThan(0.8);
  }
}
