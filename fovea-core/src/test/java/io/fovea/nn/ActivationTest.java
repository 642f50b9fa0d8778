package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "linear",
        "relu",
        "sigmoid",
        "tanh",
        "softmax",
        "elu",
        "selu",
        "softplus",
        "softsign",
        "silu",
        "gelu",
        "leaky_relu",
        "exponential"
      })
  void meetsTheLayerContractForEachActivation(String activation) {
    // A seed whose inputs stay at least 0.01 away from the kink at 0 (checked below).
    long seed = 11;
    float[] x = new Rng(seed + 1).uniform(Shape.of(3, 2, 3), -1f, 1f).toArray();
    for (float v : x) {
      assertThat(Math.abs(v)).as("input").isGreaterThan(0.01f);
    }
    LayerContract.of(() -> new Activation(activation), Shape.of(2, 3)).seed(seed).run();
  }

  @Test
  void keepsTheInputAsLogits() {
    Activation softmax = new Activation("softmax");
    softmax.build(Shape.of(2), new Rng(1));
    Tensor x = Tensor.of(new float[][] {{0, 0}});
    assertThat(softmax.forward(x, true).toArray()).containsExactly(0.5f, 0.5f);
    assertThat(softmax.logits()).isSameAs(x);
    assertThat(softmax.activationName()).isEqualTo("softmax");
    Tensor d = Tensor.of(new float[][] {{1, 2}});
    assertThat(softmax.backwardFromLogits(d)).isSameAs(d);
    assertThat(softmax.defaultNamePrefix()).isEqualTo("activation");
  }

  @Test
  void rejectsAnUnknownActivation() {
    assertThatThrownBy(() -> new Activation("sigmod"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got 'sigmod'");
  }
}
