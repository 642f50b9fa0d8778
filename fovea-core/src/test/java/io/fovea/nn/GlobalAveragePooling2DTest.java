package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class GlobalAveragePooling2DTest {

  @Test
  void meetsTheContract() {
    LayerContract.of(GlobalAveragePooling2D::new, Shape.of(4, 5, 3))
        .expectOutputShape(Shape.of(3))
        .expectParams(0)
        .wrongInputShape(Shape.of(4, 5))
        .run();
  }

  @Test
  void meetsTheContractKeepingDims() {
    LayerContract.of(() -> new GlobalAveragePooling2D().keepdims(true), Shape.of(3, 3, 2))
        .expectOutputShape(Shape.of(1, 1, 2))
        .run();
  }

  @Test
  void averagesEachChannel() {
    Tensor x = Tensor.of(new float[] {1, 10, 2, 20, 3, 30, 6, 60}, 1, 2, 2, 2);
    Layer pool = built(new GlobalAveragePooling2D(), Shape.of(2, 2, 2));
    assertThat(pool.forward(x, false).toArray()).containsExactly(3f, 30f);
    assertThat(pool.outputShape()).isEqualTo(Shape.of(2));
  }

  @Test
  void rejectsAFlatInput() {
    GlobalAveragePooling2D pool = new GlobalAveragePooling2D().name("gap");
    assertThatThrownBy(() -> pool.build(Shape.of(64), new Rng(1)))
        .hasMessage(
            "GlobalAveragePooling2D 'gap': expected input of rank 3 per sample "
                + "(height, width, channels), got [64].");
  }

  @Test
  void defaultNameIsKeras() {
    assertThat(new GlobalAveragePooling2D().defaultNamePrefix())
        .isEqualTo("global_average_pooling2d");
  }
}
