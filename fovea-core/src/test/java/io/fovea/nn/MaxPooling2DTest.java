package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Padding;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class MaxPooling2DTest {

  @Test
  void meetsTheContractWithDefaultWindow() {
    LayerContract.of(MaxPooling2D::new, Shape.of(6, 6, 2))
        .distinctInputs()
        .batch(2)
        .expectOutputShape(Shape.of(3, 3, 2))
        .expectParams(0)
        .wrongInputShape(Shape.of(6, 6))
        .run();
  }

  @Test
  void meetsTheContractWithOverlappingWindowsAndStride2() {
    LayerContract.of(() -> new MaxPooling2D(3).strides(2), Shape.of(7, 7, 3))
        .distinctInputs()
        .batch(1)
        .expectOutputShape(Shape.of(3, 3, 3))
        .expectParams(0)
        .run();
  }

  @Test
  void meetsTheContractWithSamePadding() {
    LayerContract.of(() -> new MaxPooling2D(3).strides(2).padding("same"), Shape.of(6, 5, 2))
        .distinctInputs()
        .batch(2)
        .expectOutputShape(Shape.of(3, 3, 2))
        .run();
  }

  @Test
  void meetsTheContractWithRectangularWindowAndStride1() {
    LayerContract.of(() -> new MaxPooling2D(2, 3).strides(1), Shape.of(4, 5, 2))
        .distinctInputs()
        .expectOutputShape(Shape.of(3, 3, 2))
        .run();
  }

  @Test
  void poolsA4x4ImageBy2() {
    Tensor x = Tensor.of(new float[] {1, 3, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4}, 1, 4, 4, 1);
    Layer pool = built(new MaxPooling2D(2), Shape.of(4, 4, 1));
    assertThat(pool.forward(x, false).toArray()).containsExactly(6, 8, 3, 4);
  }

  @Test
  void routesTheGradientToTheWinnerAndTheFirstOfTies() {
    Tensor x = Tensor.of(new float[] {1, 9, 2, 2, 0, 3, 2, 2}, 1, 2, 4, 1);
    Layer pool = built(new MaxPooling2D(2), Shape.of(2, 4, 1));
    pool.forward(x, true);
    Tensor dx = pool.backward(Tensor.of(new float[] {10, 20}, 1, 1, 2, 1));
    assertThat(dx.toArray()).containsExactly(0, 10, 20, 0, 0, 0, 0, 0);
  }

  @Test
  void defaultsAreKeras() {
    MaxPooling2D.Config c = new MaxPooling2D().config();
    assertThat(c)
        .isEqualTo(
            new MaxPooling2D.Config(
                null, null, PoolMode.MAX, new Window2D(2, 2, 2, 2, Padding.VALID)));
    assertThat(new MaxPooling2D(3).config().window().strideHeight()).isEqualTo(3);
    assertThat(new MaxPooling2D().defaultNamePrefix()).isEqualTo("max_pooling2d");
  }

  @Test
  void rejectsAWindowLargerThanTheInput() {
    MaxPooling2D pool = new MaxPooling2D(5).name("pool");
    assertThatThrownBy(() -> pool.build(Shape.of(3, 3, 1), new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "MaxPooling2D 'pool': expected input of at least 5x5 for a 5x5 window with "
                + "padding 'valid', got [3, 3, 1]. Use padding 'same', a smaller window or a larger "
                + "input.");
  }

  @Test
  void rejectsAnImageWithoutChannelAxis() {
    MaxPooling2D pool = new MaxPooling2D().name("max_pooling2d");
    pool.setIndex(1);
    assertThatThrownBy(() -> pool.build(Shape.of(28, 28), new Rng(1)))
        .hasMessage(
            "MaxPooling2D 'max_pooling2d' (layer 1): expected input of rank 3 per sample "
                + "(height, width, channels), got [28, 28]. Add the channel axis: "
                + "inputShape(28, 28, 1).");
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> new MaxPooling2D(0))
        .hasMessage("MaxPooling2D: expected a positive pool height, got 0");
    assertThatThrownBy(() -> new MaxPooling2D().padding("full"))
        .hasMessage("MaxPooling2D: expected padding 'valid' or 'same', got 'full'");
    MaxPooling2D built = built(new MaxPooling2D(), Shape.of(4, 4, 1));
    assertThatThrownBy(() -> built.strides(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reusesItsOutputBufferForTheSameBatchSize() {
    Layer pool = built(new MaxPooling2D(), Shape.of(4, 4, 2));
    Tensor x = new Rng(3).uniform(Shape.of(5, 4, 4, 2), -1, 1);
    assertThat(pool.forward(x, true)).isSameAs(pool.forward(x, true));
    assertThat(pool.backward(Tensor.zeros(5, 2, 2, 2)))
        .isSameAs(pool.backward(Tensor.zeros(5, 2, 2, 2)));
  }

  static <T extends Layer> T built(T layer, Shape input) {
    layer.build(input, new Rng(7));
    return layer;
  }

  @Test
  void sharesItsConfigurationWithAveragePoolingByMode() {
    Pooling2D.Config max = new MaxPooling2D(3).strides(1).config();
    Pooling2D.Config average = new AveragePooling2D(3).strides(1).config();
    assertThat(max.window()).isEqualTo(average.window());
    assertThat(max.mode()).isEqualTo(PoolMode.MAX);
    assertThat(max.create()).isInstanceOf(MaxPooling2D.class);
    assertThat(average.create()).isInstanceOf(AveragePooling2D.class);
    assertThatThrownBy(() -> new MaxPooling2D(average))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MaxPooling2D: expected a configuration of pool mode MAX, got AVERAGE");
  }
}
