package io.fovea.saving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import org.junit.jupiter.api.Test;

class NonFiniteWeightsTest {

  @Test
  void namesEachLayerAndWeightHoldingNanOrAnInfinity() {
    Sequential m =
        new Sequential()
            .add(new Dense(4, "relu").name("hidden").inputShape(3))
            .add(new Dense(2, "softmax").name("out"));
    assertThat(Models.nonFiniteWeights(m)).isEmpty();
    m.layers().get(0).parameters().get(1).value().set(Float.NaN, 2);
    m.layers().get(1).parameters().get(0).value().set(Float.NEGATIVE_INFINITY, 3, 1);
    assertThat(Models.nonFiniteWeights(m)).containsExactly("hidden/bias", "out/kernel");
  }

  @Test
  void findsNothingInAnUnbuiltModelAndRefusesNull() {
    assertThat(Models.nonFiniteWeights(new Sequential().add(new Dense(2)))).isEmpty();
    assertThatThrownBy(() -> Models.nonFiniteWeights(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nonFiniteWeights: expected a model, got null");
  }
}
