package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageRegionsTest {

  @Test
  void fillRegionPaintsTheTopLeftCornerRed() {
    Tensor image = Tensor.full(0.5f, 32, 32, 3);
    assertThat(image.fillRegion(0, 10, 0, 10, 1f, 0f, 0f)).isSameAs(image);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        boolean corner = y < 10 && x < 10;
        assertThat(image.get(y, x, 0)).as("red at " + y + "," + x).isEqualTo(corner ? 1f : 0.5f);
        assertThat(image.get(y, x, 1)).as("green at " + y + "," + x).isEqualTo(corner ? 0f : 0.5f);
        assertThat(image.get(y, x, 2)).isEqualTo(corner ? 0f : 0.5f);
      }
    }
  }

  @Test
  void fillRegionPaintsEveryImageOfABatchAndAcceptsOneValue() {
    Tensor batch = Tensor.zeros(2, 4, 5, 2);
    batch.fillRegion(1, 3, 2, 5, 7f);
    assertThat(batch.index(1).get(2, 4, 1)).isEqualTo(7f);
    assertThat(batch.index(0).get(1, 2, 0)).isEqualTo(7f);
    assertThat(batch.index(0).get(0, 2, 0)).isEqualTo(0f);
    assertThat(batch.sum()).isEqualTo(2 * 2 * 3 * 2 * 7f);
  }

  @Test
  void fillRegionRejectsBadArguments() {
    Tensor image = Tensor.zeros(4, 4, 3);
    assertThatThrownBy(() -> image.fillRegion(0, 5, 0, 2, 1f, 1f, 1f))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "fillRegion: expected rows 0 <= from <= to <= 4 for shape [4, 4, 3], got" + " 0..5");
    assertThatThrownBy(() -> image.fillRegion(0, 2, 0, 2, 1f, 0f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fillRegion: expected 3 channel values (or 1) for shape [4, 4, 3], got 2"
                + " [1.0, 0.0]");
    assertThatThrownBy(() -> Tensor.zeros(4).fillRegion(0, 1, 0, 1, 1f))
        .hasMessage(
            "fillRegion: expected a gray image [height, width], an image [height, width, channels]"
                + " or a batch [batch, height, width, channels], got shape [4]");
    assertThatThrownBy(() -> Tensor.zeros(4, 4).fillRegion(0, 1, 0, 1, 1f, 2f))
        .hasMessage(
            "fillRegion: expected 1 channel values (or 1) for shape [4, 4], got 2 [1.0, 2.0]");
  }

  @Test
  void fillRegionPaintsAGrayImage() {
    Tensor gray = Tensor.zeros(4, 5);
    assertThat(gray.fillRegion(1, 3, 2, 5, 9f)).isSameAs(gray);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 5; x++) {
        boolean inside = y >= 1 && y < 3 && x >= 2;
        assertThat(gray.get(y, x)).as("pixel " + y + "," + x).isEqualTo(inside ? 9f : 0f);
      }
    }
    assertThatThrownBy(() -> gray.fillRegion(0, 1, 0, 6, 1f))
        .hasMessage("fillRegion: expected cols 0 <= from <= to <= 5 for shape [4, 5], got 0..6");
  }

  @Test
  void channelExtractsOnePlane() {
    Tensor image = Tensor.fromFunction(Shape.of(2, 3, 3), i -> 10 * (i[0] * 3 + i[1]) + i[2]);
    Tensor green = image.channel(1);
    assertThat(green.shape()).isEqualTo(Shape.of(2, 3));
    assertThat(green.toArray()).containsExactly(1, 11, 21, 31, 41, 51);
    Tensor batch = Tensor.zeros(2, 2, 2, 3).fillRegion(0, 2, 0, 2, 1f, 2f, 3f);
    assertThat(batch.channel(2).shape()).isEqualTo(Shape.of(2, 2, 2));
    assertThat(batch.channel(2).sum()).isEqualTo(24f);
    assertThatThrownBy(() -> image.channel(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("channel: expected a channel in [0, 3) for shape [2, 3, 3], got 3");
  }
}
