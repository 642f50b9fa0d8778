package io.fovea.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaddingTest {

  @Test
  void outputLengthsMatchKeras() {
    assertThat(Padding.VALID.outputLength(28, 3, 1)).isEqualTo(26);
    assertThat(Padding.SAME.outputLength(28, 3, 1)).isEqualTo(28);
    assertThat(Padding.SAME.outputLength(28, 3, 2)).isEqualTo(14);
    assertThat(Padding.VALID.outputLength(28, 2, 2)).isEqualTo(14);
    assertThat(Padding.VALID.outputLength(7, 2, 2)).isEqualTo(3);
    assertThat(Padding.SAME.outputLength(7, 2, 2)).isEqualTo(4);
    assertThat(Padding.VALID.outputLength(10, 2, 3)).isEqualTo(3);
  }

  @Test
  void samePutsTheOddPaddingAfter() {
    // same, 5 wide, window 2, stride 2: 3 outputs, total padding 1 = 0 before + 1 after.
    assertThat(Padding.SAME.outputLength(5, 2, 2)).isEqualTo(3);
    assertThat(Padding.SAME.padBefore(5, 2, 2)).isZero();
    assertThat(Padding.SAME.padTotal(5, 2, 2)).isEqualTo(1);
    // same, window 4, stride 1: total 3 = 1 before + 2 after.
    assertThat(Padding.SAME.padBefore(9, 4, 1)).isEqualTo(1);
    assertThat(Padding.SAME.padTotal(9, 4, 1)).isEqualTo(3);
    // Stride larger than the window can need no padding at all.
    assertThat(Padding.SAME.padTotal(6, 1, 3)).isZero();
    assertThat(Padding.VALID.padTotal(9, 3, 1)).isZero();
  }

  @Test
  void convGeometryCarriesPaddingOnBothSides() {
    ConvGeometry g = ConvGeometry.of(2, 5, 28, 3, 2, 3, 8, 2, 2, Padding.SAME);
    assertThat(g.outH()).isEqualTo(3);
    assertThat(g.outW()).isEqualTo(14);
    assertThat(g.padTop()).isZero();
    assertThat(g.padBottom()).isEqualTo(1);
    assertThat(g.padLeft()).isZero();
    assertThat(g.padRight()).isEqualTo(1);
    assertThat(g.patchSize()).isEqualTo(2 * 3 * 3);
    assertThat(g.kernelSize()).isEqualTo(2 * 3 * 3 * 8);
    assertThat(g.withBatch(7).batch()).isEqualTo(7);
  }

  @Test
  void symmetricPaddingFormulaHoldsThroughValidGeometry() {
    // (W - K + 2P) / S + 1: a 'valid' convolution of the input padded by P on each side.
    assertThat(symmetricOutput(256, 4, 1, 2)).isEqualTo(128);
    assertThat(symmetricOutput(11, 3, 4, 2)).isEqualTo(9);
    assertThat(symmetricOutput(28, 5, 2, 1)).isEqualTo(28);
  }

  private static int symmetricOutput(int w, int k, int p, int s) {
    return ConvGeometry.of(1, w + 2 * p, w + 2 * p, 1, k, k, 1, s, s, Padding.VALID).outW();
  }

  @Test
  void poolGeometryMatchesKeras() {
    PoolGeometry g = PoolGeometry.of(1, 7, 28, 4, 2, 2, 2, 2, Padding.SAME);
    assertThat(g.outH()).isEqualTo(4);
    assertThat(g.outW()).isEqualTo(14);
    assertThat(g.padTop()).isZero();
    assertThat(PoolGeometry.of(1, 28, 28, 4, 2, 2, 2, 2, Padding.VALID).outH()).isEqualTo(14);
    assertThat(PoolGeometry.of(1, 5, 5, 1, 3, 3, 1, 1, Padding.SAME).padLeft()).isEqualTo(1);
  }

  @Test
  void rejectsValidWindowLargerThanInput() {
    assertThatThrownBy(() -> ConvGeometry.of(1, 2, 8, 1, 3, 3, 1, 1, 1, Padding.VALID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "padding 'valid': expected a window of at most the input length 2, got a window"
                + " of 3; use padding 'same' or a smaller window");
    assertThatThrownBy(() -> PoolGeometry.of(1, 8, 1, 1, 2, 2, 2, 2, Padding.VALID))
        .hasMessageContaining("expected a window of at most the input length 1, got a window of 2");
  }

  @Test
  void rejectsNonPositiveSizes() {
    assertThatThrownBy(() -> Padding.SAME.outputLength(5, 3, 0))
        .hasMessage(
            "padding 'same': expected positive input length, window and stride, got in=5,"
                + " window=3, stride=0");
    assertThatThrownBy(() -> ConvGeometry.of(1, 5, 5, 0, 3, 3, 1, 1, 1, Padding.SAME))
        .hasMessageContaining("expected batch >= 0 and positive channels, got batch=1, inC=0");
    assertThatThrownBy(() -> PoolGeometry.of(1, 5, 5, 0, 2, 2, 2, 2, Padding.SAME))
        .hasMessageContaining("got batch=1, channels=0");
  }

  @Test
  void parsesKerasNames() {
    assertThat(Padding.of("Same")).isEqualTo(Padding.SAME);
    assertThat(Padding.VALID.kerasName()).isEqualTo("valid");
    assertThatThrownBy(() -> Padding.of("full"))
        .hasMessage("padding: expected 'valid' or 'same', got 'full'");
  }
}
