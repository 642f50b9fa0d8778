package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Padding;
import org.junit.jupiter.api.Test;

class Window1DTest {

  @Test
  void causalIsAValidWindowWithItsOwnKerasName() {
    Window1D causal = Window1D.of(3).withPaddingName("causal");
    assertThat(causal).isEqualTo(new Window1D(3, 1, Padding.VALID, true, 1));
    assertThat(causal.paddingName()).isEqualTo("causal");
    assertThat(causal.withPadding(Padding.SAME).paddingName()).isEqualTo("same");
    assertThat(Window1D.of(3).withStride(2).paddingName()).isEqualTo("valid");
  }

  @Test
  void refusesDilationAndCausalSamePadding() {
    assertThatThrownBy(() -> new Window1D(3, 1, Padding.VALID, false, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Window1D: expected dilation_rate 1, got 2");
    assertThatThrownBy(() -> new Window1D(3, 1, Padding.SAME, true, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Window1D: expected padding VALID or SAME (VALID when causal), got SAME");
  }

  @Test
  void conv1dTakesTheTypedPadding() {
    Conv1D conv = new Conv1D(2, 3).padding("causal").padding(Padding.SAME);
    assertThat(conv.config().window()).isEqualTo(new Window1D(3, 1, Padding.SAME, false, 1));
  }
}
