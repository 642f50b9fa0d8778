package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import org.junit.jupiter.api.Test;

class DropoutTest {

  @Test
  void meetsTheLayerContract() {
    LayerContract.of(() -> new Dropout(0.5), Shape.of(4, 3))
        .expectOutputShape(Shape.of(4, 3))
        .expectParams(0)
        .gradientInInference()
        .randomInTraining()
        .run();
    LayerContract.of(() -> new Dropout(0.0), Shape.of(6)).run();
    LayerContract.of(() -> new Dropout(0.3).seed(9), Shape.of(6))
        .randomInTraining()
        .gradientInInference()
        .run();
  }

  @Test
  void passesInputThroughInInference() {
    Dropout dropout = built(0.5, 100);
    Tensor x = Tensor.ones(2, 100);
    assertThat(dropout.forward(x, false)).isSameAs(x);
  }

  @Test
  void dropsAboutRateAndPreservesTheMean() {
    Dropout dropout = built(0.3, 20_000);
    Tensor y = dropout.forward(Tensor.ones(5, 20_000), true);
    int zeros = 0;
    for (float v : y.toArray()) {
      if (v == 0f) {
        zeros++;
      } else {
        assertThat(v).isCloseTo(1 / 0.7f, within(1e-6f));
      }
    }
    assertThat(zeros / 100_000.0).isCloseTo(0.3, within(0.01));
    assertThat((double) y.mean()).isCloseTo(1.0, within(0.015));
  }

  @Test
  void backwardUsesTheSameMask() {
    Dropout dropout = built(0.5, 50);
    Tensor x = new Rng(3).uniform(Shape.of(2, 50), 1f, 2f);
    float[] y = dropout.forward(x, true).toArray();
    float[] dx = dropout.backward(Tensor.ones(2, 50)).toArray();
    for (int i = 0; i < y.length; i++) {
      assertThat(dx[i] == 0f).as("element " + i).isEqualTo(y[i] == 0f);
      assertThat(dx[i]).isIn(0f, 2f);
    }
  }

  @Test
  void sameSeedGivesSameMasks() {
    Tensor x = Tensor.ones(3, 40);
    float[] a = built(0.5, 40).forward(x, true).toArray();
    float[] b = built(0.5, 40).forward(x, true).toArray();
    assertThat(a).containsExactly(b);
    Dropout own = new Dropout(0.5).seed(11);
    own.build(Shape.of(40), new Rng(999));
    Dropout twin = new Dropout(0.5).seed(11);
    twin.build(Shape.of(40), new Rng(1));
    assertThat(own.forward(x, true).toArray()).containsExactly(twin.forward(x, true).toArray());
  }

  @Test
  void rejectsARateOutsideZeroToOne() {
    assertThatThrownBy(() -> new Dropout(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Dropout: expected a rate in [0, 1), got 1.0");
    assertThatThrownBy(() -> new Dropout(-0.1))
        .hasMessage("Dropout: expected a rate in [0, 1), got -0.1");
  }

  private static Dropout built(double rate, int features) {
    Dropout d = new Dropout(rate);
    d.build(Shape.of(features), new Rng(7));
    return d;
  }
}
