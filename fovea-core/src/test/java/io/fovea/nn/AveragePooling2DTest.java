package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class AveragePooling2DTest {

  @Test
  void meetsTheContractWithDefaultWindow() {
    LayerContract.of(AveragePooling2D::new, Shape.of(6, 6, 2))
        .expectOutputShape(Shape.of(3, 3, 2))
        .expectParams(0)
        .wrongInputShape(Shape.of(36, 2))
        .run();
  }

  @Test
  void meetsTheContractWithStride1AndSamePadding() {
    LayerContract.of(() -> new AveragePooling2D(3).strides(1).padding("same"), Shape.of(5, 4, 2))
        .expectOutputShape(Shape.of(5, 4, 2))
        .run();
  }

  @Test
  void meetsTheContractWithRectangularWindowAndStrides() {
    LayerContract.of(() -> new AveragePooling2D(2, 3).strides(2, 1), Shape.of(5, 5, 1))
        .expectOutputShape(Shape.of(2, 3, 1))
        .run();
  }

  @Test
  void averagesA4x4ImageBy2() {
    Tensor x = Tensor.of(new float[] {1, 3, 2, 4, 5, 6, 7, 8, 3, 2, 1, 0, 1, 2, 3, 4}, 1, 4, 4, 1);
    Layer pool = built(new AveragePooling2D(2), Shape.of(4, 4, 1));
    assertThat(pool.forward(x, false).toArray()).containsExactly(3.75f, 5.25f, 2f, 2f);
  }

  @Test
  void samePaddingCountsOnlyPositionsInsideTheImage() {
    Tensor x = Tensor.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, 3, 3, 1);
    Layer pool = built(new AveragePooling2D(2).padding("same"), Shape.of(3, 3, 1));
    // windows: {1,2,4,5}, {3,6}, {7,8}, {9} (padding after, as TensorFlow)
    assertThat(pool.forward(x, false).toArray()).containsExactly(3f, 4.5f, 7.5f, 9f);
    pool.forward(x, true);
    Tensor dx = pool.backward(Tensor.of(new float[] {4, 2, 2, 1}, 1, 2, 2, 1));
    assertThat(dx.toArray())
        .usingComparatorWithPrecision(1e-6f)
        .containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(dx.sum()).isCloseTo(9f, within(1e-5f));
  }

  @Test
  void defaultNameIsKeras() {
    assertThat(new AveragePooling2D().defaultNamePrefix()).isEqualTo("average_pooling2d");
  }
}
