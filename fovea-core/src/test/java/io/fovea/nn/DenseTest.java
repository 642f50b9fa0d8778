package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DenseTest {

  @ParameterizedTest
  @ValueSource(strings = {"linear", "relu", "sigmoid", "tanh", "softmax", "gelu", "elu"})
  void meetsTheLayerContractForEachActivation(String activation) {
    LayerContract.of(() -> new Dense(4, activation), Shape.of(3))
        .expectOutputShape(Shape.of(4))
        .expectParams(16, Shape.of(3, 4), Shape.of(4))
        .wrongInputShape(Shape.scalar())
        .run();
  }

  @ParameterizedTest
  @ValueSource(strings = {"linear", "relu", "softmax"})
  void meetsTheLayerContractWithoutBias(String activation) {
    LayerContract.of(() -> new Dense(5, activation).useBias(false), Shape.of(3))
        .expectOutputShape(Shape.of(5))
        .expectParams(15, Shape.of(3, 5))
        .run();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tanh", "softmax"})
  void appliesToTheLastAxisOfRankThreeInput(String activation) {
    LayerContract.of(
            () -> new Dense(4, activation).biasInitializer("random_normal"), Shape.of(2, 5, 3))
        .expectOutputShape(Shape.of(2, 5, 4))
        .expectParams(16, Shape.of(3, 4), Shape.of(4))
        .wrongInputShape(Shape.scalar())
        .run();
  }

  @Test
  void computesHandValuesWithSetWeights() {
    Dense dense = new Dense(2);
    dense.build(Shape.of(2), new Rng(1));
    dense.setWeights(
        List.of(Tensor.of(new float[][] {{1, 2}, {3, 4}}), Tensor.of(new float[] {0.5f, -1}, 2)));
    Tensor x = Tensor.of(new float[][] {{1, 1}, {-1, 0}});
    assertThat(dense.forward(x, false).toArray()).containsExactly(4.5f, 5f, -0.5f, -3f);
    Dense relu = new Dense(2, "relu");
    relu.build(Shape.of(2), new Rng(1));
    relu.setWeights(dense.getWeights());
    assertThat(relu.forward(x, false).toArray()).containsExactly(4.5f, 5f, 0f, 0f);
  }

  @Test
  void countsParametersAsKeras() {
    Dense dense = new Dense(512, "relu");
    dense.build(Shape.of(784), new Rng(3));
    assertThat(dense.countParams()).isEqualTo(401_920);
    assertThat(dense.defaultNamePrefix()).isEqualTo("dense");
    assertThat(dense.parameters().get(0).name()).isEqualTo("kernel");
    assertThat(dense.parameters().get(1).value().toArray()).containsOnly(0f);
  }

  @Test
  void keepsLogitsAndBackpropagatesFromThem() {
    Dense dense = new Dense(2, "sigmoid");
    dense.build(Shape.of(2), new Rng(1));
    dense.setWeights(
        List.of(Tensor.of(new float[][] {{1, 2}, {3, 4}}), Tensor.of(new float[] {0.5f, -1}, 2)));
    dense.forward(Tensor.of(new float[][] {{1, 1}}), true);
    assertThat(dense.logits().toArray()).containsExactly(4.5f, 5f);
    assertThat(dense.activationName()).isEqualTo("sigmoid");
    Tensor dx = dense.backwardFromLogits(Tensor.of(new float[][] {{1, -1}}));
    assertThat(dx.toArray()).containsExactly(-1f, -1f);
    assertThat(dense.parameters().get(1).gradient().toArray()).containsExactly(1f, -1f);
  }

  @Test
  void reusesBuffersAndKeepsNothingForBackwardAfterInference() {
    Dense dense = new Dense(3, "relu").name("d");
    dense.build(Shape.of(2), new Rng(1));
    Tensor x = Tensor.ones(4, 2);
    Tensor first = dense.forward(x, true);
    assertThat(dense.forward(x, true)).isSameAs(first);
    dense.forward(x, false);
    assertThatThrownBy(() -> dense.backward(Tensor.ones(4, 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dense 'd': backward needs a forward pass in training mode first");
  }

  @Test
  void appliesKernelConstraintsAfterAStep() {
    Dense dense = new Dense(3).kernelConstraint(Constraints.maxNorm(0.1));
    dense.build(Shape.of(50), new Rng(2));
    dense.applyConstraints();
    Tensor w = dense.parameters().get(0).value();
    for (int u = 0; u < 3; u++) {
      double sq = 0;
      for (int i = 0; i < 50; i++) {
        sq += w.get(i, u) * w.get(i, u);
      }
      assertThat(Math.sqrt(sq)).isCloseTo(0.1, within(1e-5));
    }
  }

  @Test
  void configRoundTripCarriesEverySetting() {
    Dense dense =
        new Dense(7, "swish")
            .useBias(false)
            .kernelInitializer("he_normal")
            .kernelConstraint("non_neg")
            .name("head")
            .inputShape(4);
    Dense.Config c = dense.config();
    assertThat(c.weights().activationName()).isEqualTo("silu");
    assertThat(c.weights().kernelInitializer()).isEqualTo(Initializers.heNormal());
    assertThat(c.inputShape()).isEqualTo(Shape.of(4));
    Dense copy = c.create();
    assertThat(copy.name()).isEqualTo("head");
    assertThat(copy.declaredInputShape()).isEqualTo(Shape.of(4));
    assertThat(copy.config()).isEqualTo(c);
  }

  @Test
  void rejectsBadSettingsWithClearMessages() {
    assertThatThrownBy(() -> new Dense(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dense: expected units >= 1, got 0");
    assertThatThrownBy(() -> new Dense(3, "rleu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("activation: expected one of [linear, relu, ")
        .hasMessageEndingWith("got 'rleu'");
    Dense dense = new Dense(3).name("fc");
    assertThatThrownBy(() -> dense.build(Shape.scalar(), new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Dense 'fc': expected input of rank >= 1 per sample (..., features), got []."
                + " Give the number of features: inputShape(n)");
    dense.build(Shape.of(4), new Rng(1));
    assertThatThrownBy(() -> dense.activation("relu"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Dense 'fc': expected an unbuilt layer for activation(...), got one built "
                + "for input [4]. Set options before the layer is built, or make a new one from "
                + "config()");
  }
}
