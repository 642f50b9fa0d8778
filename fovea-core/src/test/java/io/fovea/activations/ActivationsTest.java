package io.fovea.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import io.fovea.testing.GradientCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ActivationsTest {

  static List<String> names() {
    return Activations.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void gradientsMatchFiniteDifferences(String name) {
    long seed = 4242L + name.hashCode();
    ActivationFunction f = Activations.get(name);
    Rng rng = new Rng(seed);
    // Away from the kinks at 0 (relu family) and within [-2.1, 2.1] (hard_sigmoid's at +-3).
    Tensor x =
        rng.uniform(io.fovea.tensor.Shape.of(3, 5), -2f, 2f).map(v -> v < 0 ? v - 0.1f : v + 0.1f);
    Tensor g = rng.normal(x.shape(), 0f, 1f);
    Tensor y = Tensor.zeros(x.shape());
    f.apply(x, y);
    Tensor dx = Tensor.zeros(x.shape());
    f.backward(x, y, g, dx);
    Tensor scratch = Tensor.zeros(x.shape());
    GradientCheck.check(
        name + " (seed " + seed + ")",
        x,
        dx,
        () -> {
          f.apply(x, scratch);
          return GradientCheck.dot(scratch, g);
        },
        rng);
  }

  @Test
  void computesKerasValuesAtKnownPoints() {
    assertThat(at("relu", -1f)).isEqualTo(0f);
    assertThat(at("sigmoid", 0f)).isEqualTo(0.5f);
    assertThat(at("tanh", 1f)).isCloseTo(0.7615942f, within(1e-6f));
    assertThat(at("elu", -1f)).isCloseTo(-0.6321206f, within(1e-6f));
    assertThat(at("selu", -1f)).isCloseTo(-1.1113307f, within(1e-6f));
    assertThat(at("selu", 2f)).isCloseTo(2.1014020f, within(1e-6f));
    assertThat(at("softplus", 0f)).isCloseTo(0.6931472f, within(1e-6f));
    assertThat(at("softplus", 100f)).isEqualTo(100f);
    assertThat(at("softsign", 3f)).isEqualTo(0.75f);
    assertThat(at("silu", 1f)).isCloseTo(0.7310586f, within(1e-6f));
    assertThat(at("swish", 1f)).isCloseTo(0.7310586f, within(1e-6f));
    assertThat(at("gelu", 1f)).isCloseTo(0.8413447f, within(1e-6f));
    assertThat(at("gelu", -0.5f)).isCloseTo(-0.1542687f, within(1e-6f));
    assertThat(at("leaky_relu", -1f)).isCloseTo(-0.2f, within(1e-7f));
    assertThat(at("relu6", 7f)).isEqualTo(6f);
    assertThat(at("hard_sigmoid", 1f)).isCloseTo(0.6666667f, within(1e-6f));
    assertThat(at("hard_sigmoid", 3.5f)).isEqualTo(1f);
    assertThat(at("exponential", 1f)).isCloseTo((float) Math.E, within(1e-6f));
    assertThat(at("linear", -3f)).isEqualTo(-3f);
  }

  @Test
  void softmaxNormalisesTheLastAxis() {
    Tensor x = Tensor.of(new float[][] {{1, 2, 3}, {0, 0, 0}});
    Tensor y = Tensor.zeros(x.shape());
    Activations.get("softmax").apply(x, y);
    assertThat(y.toArray())
        .containsExactly(
            new float[] {0.09003057f, 0.24472847f, 0.66524096f, 1 / 3f, 1 / 3f, 1 / 3f},
            within(1e-6f));
  }

  @Test
  void mapsTheFusableOnesToKernelActivations() {
    assertThat(Activations.get("linear").fused()).isEqualTo(FusedActivation.LINEAR);
    assertThat(Activations.get("relu").fused()).isEqualTo(FusedActivation.RELU);
    assertThat(Activations.get("sigmoid").fused()).isEqualTo(FusedActivation.SIGMOID);
    assertThat(Activations.get("tanh").fused()).isEqualTo(FusedActivation.TANH);
    assertThat(Activations.get("softmax").fused()).isNull();
    assertThat(Activations.get("gelu").fused()).isNull();
    assertThat(Activations.get(null).name()).isEqualTo("linear");
    assertThat(Activations.get("swish").name()).isEqualTo("silu");
  }

  @Test
  void backwardAcceptsViewsAtAnOffset() {
    Tensor big = Tensor.of(new float[] {9, 9, 0.5f, 0.25f, 2f, -1f}, 6);
    Tensor y = big.slice(2, 4);
    Tensor dy = big.slice(4, 6);
    Tensor dx = Tensor.zeros(6).slice(3, 5);
    Activations.get("sigmoid").backward(null, y, dy, dx);
    assertThat(dx.toArray()).containsExactly(2f * 0.25f, -1f * 0.1875f);
    Tensor sy = Tensor.of(new float[] {0, 0.5f, 0.5f}, 3).slice(1, 3);
    Tensor sdx = Tensor.zeros(4).slice(2, 4);
    Activations.get("softmax").backward(null, sy, Tensor.of(new float[] {1, 0}, 2), sdx);
    assertThat(sdx.toArray()).containsExactly(0.25f, -0.25f);
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    assertThatThrownBy(() -> Activations.get("rleu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "activation: expected one of [linear, relu, sigmoid, tanh, softmax, elu, "
                + "selu, softplus, softsign, silu, gelu, leaky_relu, relu6, hard_sigmoid, "
                + "exponential], got 'rleu'");
  }

  private static float at(String name, float v) {
    Tensor y = Tensor.zeros(1);
    Activations.get(name).apply(Tensor.of(new float[] {v}, 1), y);
    return y.item();
  }
}
