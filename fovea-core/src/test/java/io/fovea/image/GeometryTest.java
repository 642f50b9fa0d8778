package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.image.Geometry.PadMode;
import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class GeometryTest {

  /** 2 rows, 3 columns, 2 channels: value = 10 * (3 * y + x) + channel. */
  private static final Tensor IMAGE =
      Tensor.of(
          new float[][][] {
            {{0, 1}, {10, 11}, {20, 21}},
            {{30, 31}, {40, 41}, {50, 51}}
          });

  @Test
  void cropsRowsAndColumnsAsSlicing() {
    Tensor t = Geometry.crop(IMAGE, 1, 2, 1, 3);
    assertThat(t).isEqualTo(Tensor.of(new float[][][] {{{40, 41}, {50, 51}}}));
  }

  @Test
  void flipsBothWays() {
    assertThat(Geometry.flipHorizontal(IMAGE))
        .isEqualTo(
            Tensor.of(
                new float[][][] {{{20, 21}, {10, 11}, {0, 1}}, {{50, 51}, {40, 41}, {30, 31}}}));
    assertThat(Geometry.flipVertical(IMAGE))
        .isEqualTo(
            Tensor.of(
                new float[][][] {{{30, 31}, {40, 41}, {50, 51}}, {{0, 1}, {10, 11}, {20, 21}}}));
  }

  @Test
  void rotatesCounterClockwiseAsNumpyRot90() {
    Tensor a = Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
    assertThat(Geometry.rotate90(a, 1))
        .isEqualTo(Tensor.of(new float[][] {{3, 6}, {2, 5}, {1, 4}}));
    assertThat(Geometry.rotate90(a, -1))
        .isEqualTo(Tensor.of(new float[][] {{4, 1}, {5, 2}, {6, 3}}));
    assertThat(Geometry.rotate90(a, 2)).isEqualTo(Tensor.of(new float[][] {{6, 5, 4}, {3, 2, 1}}));
    assertThat(Geometry.rotate90(a, 4)).isEqualTo(a);
    assertThat(Geometry.rotate90(Geometry.rotate90(IMAGE, 1), 3)).isEqualTo(IMAGE);
  }

  @Test
  void padsWithConstantEdgeAndReflect() {
    Tensor a = Tensor.of(new float[][] {{1, 2, 3}});
    assertThat(Geometry.pad(a, 0, 0, 2, 1).toArray()).containsExactly(0, 0, 1, 2, 3, 0);
    assertThat(Geometry.pad(a, 0, 0, 2, 2, PadMode.CONSTANT, 9f).toArray())
        .containsExactly(9, 9, 1, 2, 3, 9, 9);
    assertThat(Geometry.pad(a, 0, 0, 2, 2, PadMode.EDGE, 0f).toArray())
        .containsExactly(1, 1, 1, 2, 3, 3, 3);
    assertThat(Geometry.pad(a, 0, 0, 2, 2, PadMode.REFLECT, 0f).toArray())
        .containsExactly(3, 2, 1, 2, 3, 2, 1);
    Tensor padded = Geometry.pad(IMAGE, 1, 0, 0, 1, PadMode.EDGE, 0f);
    assertThat(padded.shape().dims()).containsExactly(3, 4, 2);
    assertThat(padded.get(0, 3, 1)).isEqualTo(21f);
  }

  @Test
  void rejectsBadCropsAndReflectPadsTooWide() {
    assertThatThrownBy(() -> Geometry.crop(IMAGE, 0, 3, 0, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "crop: expected 0 <= rowFrom < rowTo <= 2 and 0 <= colFrom < colTo <= 3 for"
                + " shape [2, 3, 2], got rows 0..3, cols 0..1");
    assertThatThrownBy(() -> Geometry.pad(IMAGE, 2, 0, 0, 0, PadMode.REFLECT, 0f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected REFLECT pads below the image size 2x3");
    assertThatThrownBy(() -> Geometry.flipVertical(Tensor.zeros(4)))
        .hasMessage(
            "flipVertical: expected an image [height, width, channels] or [height,"
                + " width], got shape [4]");
  }
}
