package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class GlobalMaxPooling2DTest {

  @Test
  void meetsTheContract() {
    LayerContract.of(GlobalMaxPooling2D::new, Shape.of(4, 3, 3))
        .distinctInputs()
        .expectOutputShape(Shape.of(3))
        .expectParams(0)
        .wrongInputShape(Shape.of(4, 3))
        .run();
  }

  @Test
  void meetsTheContractKeepingDims() {
    LayerContract.of(() -> new GlobalMaxPooling2D().keepdims(true), Shape.of(3, 3, 2))
        .distinctInputs()
        .expectOutputShape(Shape.of(1, 1, 2))
        .run();
  }

  @Test
  void takesTheMaximumOfEachChannelAndRoutesTheGradientThere() {
    Tensor x = Tensor.of(new float[] {1, 10, 7, 20, 3, 30, 6, 60}, 1, 2, 2, 2);
    Layer pool = built(new GlobalMaxPooling2D(), Shape.of(2, 2, 2));
    assertThat(pool.forward(x, true).toArray()).containsExactly(7f, 60f);
    assertThat(pool.backward(Tensor.of(new float[] {1, 2}, 1, 2)).toArray())
        .containsExactly(0, 0, 1, 0, 0, 0, 0, 2);
  }

  @Test
  void defaultNameIsKeras() {
    assertThat(new GlobalMaxPooling2D().defaultNamePrefix()).isEqualTo("global_max_pooling2d");
  }

  @Test
  void sharesItsConfigurationWithGlobalAveragePoolingByMode() {
    GlobalPooling2D.Config max = new GlobalMaxPooling2D().keepdims(true).config();
    GlobalPooling2D.Config average = new GlobalAveragePooling2D().keepdims(true).config();
    assertThat(max).isEqualTo(new GlobalPooling2D.Config(null, null, PoolMode.MAX, true));
    assertThat(average).isEqualTo(new GlobalPooling2D.Config(null, null, PoolMode.AVERAGE, true));
    assertThat(max.create()).isInstanceOf(GlobalMaxPooling2D.class);
    assertThat(average.create()).isInstanceOf(GlobalAveragePooling2D.class);
    assertThatThrownBy(() -> new GlobalAveragePooling2D(max))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GlobalAveragePooling2D: expected a configuration of pool mode AVERAGE, got MAX");
  }
}
