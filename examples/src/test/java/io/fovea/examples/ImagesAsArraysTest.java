package io.fovea.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesAsArraysTest {

  @Test
  void readsWritesAndDrawsTheSamplePhoto(@TempDir Path folder) throws Exception {
    ExampleRun run = ExampleRun.of(ImagesAsArrays::main, folder);

    assertThat(run.text()).contains("photo.png: [80, 80, 3], values 0.0 to 1.0");
    assertThat(run.number("mean \\|jpeg - png\\| = ([0-9.]+)")).isBetween(0.0, 0.05);
    assertThat(run.text()).contains("red channel at (16, 16): 1.0");
    assertThat(run.text()).contains("gray [80, 80, 1], resized [32, 32, 1]");
    assertThat(run.png("photo.png", "painted.png", "gray.png").getWidth()).isEqualTo(80);
    assertThat(run.png("channels.png", "shown.png", "pixels.png").getWidth()).isGreaterThan(8);
    assertThat(folder.resolve("photo.jpg")).isNotEmptyFile();
  }
}
