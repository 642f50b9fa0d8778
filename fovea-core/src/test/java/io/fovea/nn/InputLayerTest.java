package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class InputLayerTest {

  @Test
  void meetsTheLayerContract() {
    LayerContract.of(() -> new InputLayer(4, 3), Shape.of(4, 3))
        .expectOutputShape(Shape.of(4, 3))
        .expectParams(0)
        .wrongInputShape(Shape.of(3, 4))
        .run();
  }

  @Test
  void declaresTheInputShapeAndPassesValuesThrough() {
    InputLayer input = Input.shape(28, 28, 1);
    assertThat(input.shape()).isEqualTo(Shape.of(28, 28, 1));
    assertThat(input.declaredInputShape()).isEqualTo(Shape.of(28, 28, 1));
    assertThat(input.defaultNamePrefix()).isEqualTo("input_layer");
    input.build(Shape.of(28, 28, 1), new Rng(1));
    Tensor x = Tensor.zeros(2, 28, 28, 1);
    assertThat(input.forward(x, true)).isSameAs(x);
    assertThat(input.config().create().config()).isEqualTo(input.config());
  }

  @Test
  void layersDeclareTheirInputShapeFluently() {
    Dense dense = new Dense(3).inputShape(784).name("first");
    assertThat(dense.declaredInputShape()).isEqualTo(Shape.of(784));
    assertThatThrownBy(() -> new Dense(3).inputShape(28, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense: expected a positive input shape, got [28, 0]");
  }
}
