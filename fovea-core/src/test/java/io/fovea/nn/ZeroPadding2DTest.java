package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ZeroPadding2DTest {

  @Test
  void meetsTheLayerContractForEachPaddingForm() {
    contract(ZeroPadding2D::new, Shape.of(5, 6, 2));
    contract(() -> new ZeroPadding2D(2), Shape.of(7, 8, 2));
    contract(() -> new ZeroPadding2D(1, 3), Shape.of(5, 10, 2));
    contract(() -> new ZeroPadding2D(0, 2, 1, 0), Shape.of(5, 5, 2));
  }

  private static void contract(Supplier<Layer> factory, Shape expected) {
    LayerContract.of(factory, Shape.of(3, 4, 2))
        .expectOutputShape(expected)
        .expectParams(0)
        .wrongInputShape(Shape.of(3, 4))
        .run();
  }

  @Test
  void padsAsymmetricallyWithZeros() {
    ZeroPadding2D pad = new ZeroPadding2D(1, 0, 0, 2);
    pad.build(Shape.of(2, 2, 1), new Rng(1));
    Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2, 1);
    assertThat(pad.forward(x, false).reshape(3, 4).toFloat2d())
        .isEqualTo(new float[][] {{0, 0, 0, 0}, {1, 2, 0, 0}, {3, 4, 0, 0}});
    Tensor dy = Tensor.arange(12).reshape(1, 3, 4, 1);
    pad.forward(x, true);
    assertThat(pad.backward(dy).toArray()).containsExactly(4f, 5f, 8f, 9f);
    assertThat(pad.defaultNamePrefix()).isEqualTo("zero_padding2d");
  }

  @Test
  void rejectsImagesWithoutAChannelAxis() {
    ZeroPadding2D pad = new ZeroPadding2D().name("pad");
    assertThatThrownBy(() -> pad.build(Shape.of(28, 28), new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ZeroPadding2D 'pad': expected input of rank 3 per sample (height, width, "
                + "channels), got [28, 28]. Add the channel axis: inputShape(28, 28, 1)");
    assertThatThrownBy(() -> new ZeroPadding2D(-1))
        .hasMessage("ZeroPadding2D: expected padding >= 0, got ((-1, -1), (-1, -1))");
  }
}
