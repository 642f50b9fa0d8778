package io.fovea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class CliDataTest {

  @Test
  void addsTheChannelAxisToGrayDataAndKeepsItOtherwise() {
    Tensor gray = Tensor.arange(2 * 4 * 4).reshape(2, 4, 4);
    Tensor x = CliData.adapt(gray, new CliData.Want(0, 0, 0));
    assertThat(x.shape()).isEqualTo(Shape.of(2, 4, 4, 1));
    assertThat(x.toArray()).isEqualTo(gray.toArray());
  }

  @Test
  void copiesGrayIntoThreeChannelsAndResizesToTheWantedSize() {
    Tensor gray = Tensor.full(100f, 3, 4, 4);
    Tensor x = CliData.adapt(gray, new CliData.Want(8, 6, 3));
    assertThat(x.shape()).isEqualTo(Shape.of(3, 8, 6, 3));
    for (float v : x.toArray()) {
      assertThat(v).isCloseTo(100f, within(1e-4f));
    }
  }

  @Test
  void turnsColourIntoLuminance() {
    Tensor rgb = Tensor.zeros(1, 2, 2, 3).fill(0);
    for (int i = 0; i < 4; i++) {
      rgb.setFlat(i * 3, 200f);
    }
    Tensor x = CliData.adapt(rgb, new CliData.Want(0, 0, 1));
    assertThat(x.shape()).isEqualTo(Shape.of(1, 2, 2, 1));
    assertThat(x.get(0, 1, 1, 0)).isCloseTo(0.299f * 200, within(1e-3f));
  }
}
