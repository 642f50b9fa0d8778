package io.fovea.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

  @TempDir Path tmp;

  private static Tensor images() {
    return Tensor.fromFunction(
        Shape.of(4, 6, 6), i -> (i[0] * 31 + i[1] * 7 + i[2] * 3) % 17 / 16f);
  }

  @Test
  void aListOfTitlesDrawsTheSameGridAsAnArray() throws Exception {
    Path fromArray = tmp.resolve("array.png");
    Path fromList = tmp.resolve("list.png");
    Plots.imageGrid(images(), new String[] {"a", "b", "c", "d"}, 2, fromArray);
    Plots.imageGrid(images(), List.of("a", "b", "c", "d"), 2, fromList);
    assertThat(Files.readAllBytes(fromList)).isEqualTo(Files.readAllBytes(fromArray));
  }

  @Test
  void aGridWithoutTitlesIsTheGridWithNullTitlesAndDiffersFromATitledOne() throws Exception {
    Path plain = tmp.resolve("plain.png");
    Path nullTitles = tmp.resolve("null.png");
    Path titled = tmp.resolve("titled.png");
    Plots.imageGrid(images(), 2, plain);
    Plots.imageGrid(images(), (String[]) null, 2, nullTitles);
    Plots.imageGrid(images(), List.of("a", "b", "c", "d"), 2, titled);
    assertThat(Files.readAllBytes(plain)).isEqualTo(Files.readAllBytes(nullTitles));
    assertThat(Files.readAllBytes(plain)).isNotEqualTo(Files.readAllBytes(titled));
  }
}
