package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.image.Resize.Interpolation;
import io.fovea.tensor.Tensor;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResizeTest {

  private static Tensor row(float... values) {
    return Tensor.of(values, 1, values.length, 1);
  }

  @Test
  void bilinearMatchesHandComputedHalfPixelValues() {
    // Shrink by 2: f = (d + 0.5) * 2 - 0.5 = 0.5 and 2.5, halfway between neighbours.
    assertThat(Resize.resize(row(0, 10, 20, 30), 1, 2).toArray()).containsExactly(5f, 25f);
    // Enlarge by 2: f = -0.25 (clamped to 0), 0.25, 0.75, 1.25 (clamped to the last pixel).
    assertThat(Resize.resize(row(0, 10), 1, 4).toArray()).containsExactly(0f, 2.5f, 7.5f, 10f);
    Tensor square = Tensor.of(new float[] {0, 10, 20, 30}, 2, 2, 1);
    Tensor big = Resize.resize(square, 4, 4);
    float[] frac = {0f, 0.25f, 0.75f, 1f};
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        assertThat(big.get(y, x, 0)).as("(%d, %d)", y, x).isEqualTo(20 * frac[y] + 10 * frac[x]);
      }
    }
  }

  @Test
  void nearestTakesTheFloorOfTheScaledIndex() {
    assertThat(Resize.resize(row(0, 10, 20, 30, 40), 1, 2, Interpolation.NEAREST).toArray())
        .containsExactly(0f, 20f);
    assertThat(Resize.resize(row(0, 10), 1, 5, Interpolation.NEAREST).toArray())
        .containsExactly(0f, 0f, 0f, 10f, 10f);
  }

  @Test
  void areaAveragesTheCoveredPixels() {
    Tensor square =
        Tensor.of(new float[] {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30}, 4, 4, 1);
    assertThat(Resize.resize(square, 2, 2, Interpolation.AREA).toArray())
        .containsExactly(5f, 9f, 21f, 25f);
    // 3 -> 2: cells [0, 1.5) and [1.5, 3), the middle pixel split in half.
    float[] out = Resize.resize(row(0, 10, 20), 1, 2, Interpolation.AREA).toArray();
    assertThat(out[0]).isCloseTo(5f / 1.5f, within(1e-5f));
    assertThat(out[1]).isCloseTo(25f / 1.5f, within(1e-5f));
  }

  @Test
  void keepsRankAndChannels() {
    assertThat(Resize.resize(Tensor.zeros(6, 8), 3, 5).shape().dims()).containsExactly(3, 5);
    assertThat(Resize.resize(Tensor.zeros(6, 8, 4), 9, 2).shape().dims()).containsExactly(9, 2, 4);
  }

  @Test
  void matchesOpenCvWithinOneGreyLevel() throws Exception {
    Tensor input = Images.read(TestImages.resource("golden/resize/input.png"), ReadOptions.bytes());
    List<String> lines = Files.readAllLines(TestImages.resource("golden/resize/expected.txt"));
    assertThat(lines).hasSize(54);
    for (int i = 0; i < lines.size(); i += 2) {
      String[] head = lines.get(i).split(" ");
      int h = Integer.parseInt(head[1]);
      int w = Integer.parseInt(head[2]);
      Interpolation method = Interpolation.valueOf(head[0].toUpperCase(Locale.ROOT));
      float[] ours = Resize.resize(input, h, w, method).toArray();
      String[] theirs = lines.get(i + 1).split(" ");
      assertThat(ours).hasSize(theirs.length);
      for (int k = 0; k < ours.length; k++) {
        float expected = Integer.parseInt(theirs[k]);
        assertThat(Math.abs(ours[k] - expected))
            .as("%s at flat index %d: ours %s, OpenCV %s", lines.get(i), k, ours[k], expected)
            .isLessThanOrEqualTo(1f);
      }
    }
  }

  @Test
  void rejectsEmptySizes() {
    assertThatThrownBy(() -> Resize.resize(Tensor.zeros(4, 4, 3), 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "resize: expected height > 0, width > 0 and a method, got 0x2, BILINEAR for"
                + " shape [4, 4, 3]");
  }
}
