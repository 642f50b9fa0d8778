package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class FlattenTest {

  @Test
  void meetsTheLayerContract() {
    LayerContract.of(Flatten::new, Shape.of(3, 2, 2))
        .expectOutputShape(Shape.of(12))
        .expectParams(0)
        .run();
    LayerContract.of(Flatten::new, Shape.of(5)).expectOutputShape(Shape.of(5)).run();
  }

  @Test
  void flattensRowMajorChannelsLast() {
    Flatten flatten = new Flatten();
    flatten.build(Shape.of(2, 2, 2), new Rng(1));
    // x[0, i, j, k] = 100 i + 10 j + k
    Tensor x = Tensor.fromFunction(Shape.of(1, 2, 2, 2), i -> 100 * i[1] + 10 * i[2] + i[3]);
    assertThat(flatten.forward(x, false).toArray())
        .containsExactly(0f, 1f, 10f, 11f, 100f, 101f, 110f, 111f);
    assertThat(flatten.forward(x, true).shape()).isEqualTo(Shape.of(1, 8));
    assertThat(flatten.backward(Tensor.zeros(1, 8)).shape()).isEqualTo(Shape.of(1, 2, 2, 2));
    assertThat(flatten.defaultNamePrefix()).isEqualTo("flatten");
  }
}
