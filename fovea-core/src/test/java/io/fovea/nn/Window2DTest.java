package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Padding;
import org.junit.jupiter.api.Test;

class Window2DTest {

  @Test
  void refusesDilationOtherThanOneAndNoPadding() {
    assertThatThrownBy(() -> new Window2D(3, 3, 1, 1, Padding.VALID, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Window2D: expected dilation_rate 1, got [2, 1]");
    assertThatThrownBy(() -> new Window2D(3, 3, 1, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Window2D: expected padding VALID or SAME, got null");
  }

  @Test
  void withersChangeOnePart() {
    Window2D w = Window2D.of(3, 1);
    assertThat(w).isEqualTo(new Window2D(3, 3, 1, 1, Padding.VALID, 1, 1));
    assertThat(w.withSize(2, 5)).isEqualTo(new Window2D(2, 5, 1, 1, Padding.VALID));
    assertThat(w.withStrides(2, 3)).isEqualTo(new Window2D(3, 3, 2, 3, Padding.VALID));
    assertThat(w.withPadding(Padding.SAME)).isEqualTo(new Window2D(3, 3, 1, 1, Padding.SAME));
  }

  @Test
  void theTypedAndKerasNamedPaddingSettersAgree() {
    assertThat(new Conv2D(4, 3).padding(Padding.SAME).config())
        .isEqualTo(new Conv2D(4, 3).padding("same").config());
    assertThat(new MaxPooling2D(3).padding(Padding.SAME).config().window().padding())
        .isEqualTo(Padding.SAME);
    assertThat(new Conv2D(4, 3, 2).kernelSize(3, 1).config().window())
        .isEqualTo(new Window2D(3, 1, 2, 2, Padding.VALID));
  }
}
