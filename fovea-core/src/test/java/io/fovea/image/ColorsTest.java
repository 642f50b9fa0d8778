package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class ColorsTest {

  private static final Tensor PIXELS =
      Tensor.of(new float[][][] {{{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {30, 60, 90}}});

  @Test
  void grayByLuminosityUsesBt601Weights() {
    Tensor gray = Colors.toGray(PIXELS);
    assertThat(gray.shape().dims()).containsExactly(1, 4, 1);
    // OpenCV's COLOR_RGB2GRAY gives 76, 150, 29, 54 (rounded) for these pixels.
    float[] expected = {76.245f, 149.685f, 29.07f, 0.299f * 30 + 0.587f * 60 + 0.114f * 90};
    for (int x = 0; x < 4; x++) {
      assertThat(gray.get(0, x, 0)).isCloseTo(expected[x], within(1e-3f));
    }
  }

  @Test
  void grayByAverageIsTheChannelMean() {
    assertThat(Colors.toGrayAverage(PIXELS).toArray()).containsExactly(85f, 85f, 85f, 60f);
  }

  @Test
  void grayIgnoresAlphaAndKeepsGray() {
    Tensor rgba = Tensor.of(new float[] {0.2f, 0.4f, 0.6f, 0.1f}, 1, 1, 4);
    assertThat(Colors.toGrayAverage(rgba).item()).isCloseTo(0.4f, within(1e-6f));
    Tensor grayAlpha = Tensor.of(new float[] {0.7f, 0.5f}, 1, 1, 2);
    assertThat(Colors.toGray(grayAlpha).item()).isEqualTo(0.7f);
  }

  @Test
  void splitsAndMergesChannels() {
    Tensor[] channels = Colors.split(PIXELS);
    assertThat(channels).hasSize(3);
    assertThat(channels[1].shape().dims()).containsExactly(1, 4);
    assertThat(channels[1].toArray()).containsExactly(0, 255, 0, 60);
    assertThat(Colors.merge(channels)).isEqualTo(PIXELS);
    Tensor bgr = Colors.merge(channels[2], channels[1], channels[0]);
    assertThat(bgr).isEqualTo(Colors.swapRedBlue(PIXELS));
  }

  @Test
  void swapsRedAndBlueBothWays() {
    Tensor bgr = Colors.swapRedBlue(PIXELS);
    assertThat(bgr.get(0, 0, 2)).isEqualTo(255f);
    assertThat(Colors.swapRedBlue(bgr)).isEqualTo(PIXELS);
  }

  @Test
  void rejectsChannelsOfDifferentSizes() {
    assertThatThrownBy(() -> Colors.merge(Tensor.zeros(2, 2), Tensor.zeros(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "merge: expected every channel of shape [2, 2] or [2, 2, 1], got [2, 3] for"
                + " channel 1");
  }
}
