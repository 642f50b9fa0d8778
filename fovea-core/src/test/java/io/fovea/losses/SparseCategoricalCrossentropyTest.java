package io.fovea.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;
import io.fovea.testing.GradientCheck;
import org.junit.jupiter.api.Test;

class SparseCategoricalCrossentropyTest {

  private final Loss loss = new SparseCategoricalCrossentropy();

  @Test
  void matchesTheKerasDocumentationExample() {
    Tensor yPred = Tensor.of(new float[][] {{0.05f, 0.95f, 0}, {0.1f, 0.8f, 0.1f}});
    // (-log 0.95 - log 0.1) / 2
    assertThat(loss.compute(Tensor.of(new float[] {1, 2}, 2), yPred, Tensor.zeros(2, 3)))
        .isCloseTo(1.1769392, within(1e-6));
    assertThat(loss.compute(Tensor.of(new float[] {1, 2}, 2, 1), yPred, Tensor.zeros(2, 3)))
        .isCloseTo(1.1769392, within(1e-6));
  }

  @Test
  void equalsCategoricalCrossentropyOnOneHotLabels() {
    Rng rng = new Rng(5);
    Tensor indices = Tensor.zeros(7);
    Tensor oneHot = Tensor.zeros(7, 4);
    for (int r = 0; r < 7; r++) {
      int k = rng.nextInt(4);
      indices.set(k, r);
      oneHot.set(1f, r, k);
    }
    Loss dense = new CategoricalCrossentropy();
    Tensor probs = rng.uniform(Shape.of(7, 4), 0.05f, 1f);
    Tensor logits = rng.normal(Shape.of(7, 4), 0f, 3f);
    Tensor g1 = Tensor.zeros(7, 4);
    Tensor g2 = Tensor.zeros(7, 4);
    assertThat(loss.compute(indices, probs, g1))
        .isCloseTo(dense.compute(oneHot, probs, g2), within(1e-6));
    assertThat(g1.allClose(g2, 1e-5, 1e-6)).as("seed 5 probabilities").isTrue();
    assertThat(loss.computeFromLogits(indices, logits, g1))
        .isCloseTo(dense.computeFromLogits(oneHot, logits, g2), within(1e-6));
    assertThat(g1.allClose(g2, 1e-5, 1e-6)).as("seed 5 logits").isTrue();
  }

  @Test
  void logitsGiveTheSameLossAsProbabilities() {
    Rng rng = new Rng(12);
    Tensor logits = rng.normal(Shape.of(8, 5), 0f, 2f);
    Tensor labels = Tensor.of(new float[] {0, 1, 2, 3, 4, 0, 1, 2}, 8);
    assertThat(loss.computeFromLogits(labels, logits, Tensor.zeros(8, 5)))
        .as("seed 12")
        .isCloseTo(
            loss.compute(labels, LossTesting.softmax(logits), Tensor.zeros(8, 5)), within(1e-5));
  }

  @Test
  void staysFiniteOnExtremeLogits() {
    Tensor grad = Tensor.zeros(2, 3);
    double value =
        loss.computeFromLogits(
            Tensor.of(new float[] {0, 2}, 2),
            Tensor.of(new float[][] {{-100, 100, 0}, {100, -100, 100}}),
            grad);
    assertThat(value).isCloseTo((200 + Math.log(2)) / 2, within(1e-4));
    for (float g : grad.toArray()) {
      assertThat(g).isFinite();
    }
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (long seed = 1; seed <= 3; seed++) {
      Rng rng = new Rng(seed);
      Tensor labels = Tensor.zeros(6, 1);
      for (int r = 0; r < 6; r++) {
        labels.set(rng.nextInt(4), r, 0);
      }
      GradientCheck.checkLoss(loss, labels, rng.uniform(Shape.of(6, 4), 0.1f, 1f), seed);
      GradientCheck.checkLossFromLogits(loss, labels, rng.normal(Shape.of(6, 4), 0f, 2f), seed);
    }
  }

  @Test
  void rejectsALabelOutsideTheClassesNamingItsValueAndIndex() {
    Tensor probs = Tensor.full(0.25f, 4, 4);
    assertThatThrownBy(
            () -> loss.compute(Tensor.of(new float[] {0, 1, 3, 4}, 4), probs, Tensor.zeros(4, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sparse_categorical_crossentropy: expected integer labels in [0, 4), "
                + "got 4.0 at index 3");
    assertThatThrownBy(
            () ->
                loss.compute(Tensor.of(new float[] {0, 1.5f, 3, 1}, 4), probs, Tensor.zeros(4, 4)))
        .hasMessageEndingWith("got 1.5 at index 1");
    assertThatThrownBy(
            () ->
                loss.computeFromLogits(
                    Tensor.of(new float[] {-1, 0, 0, 0}, 4), probs, Tensor.zeros(4, 4)))
        .hasMessageEndingWith("got -1.0 at index 0");
  }

  @Test
  void rejectsOneHotLabelsWithAHintToTheCategoricalLoss() {
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(32, 10), Shape.of(32, 10)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "sparse_categorical_crossentropy: expected labels of shape [32] or [32, 1] "
                + "(class indices), got [32, 10]. Use categorical_crossentropy for one-hot labels.");
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(16), Shape.of(32, 10)))
        .hasMessage(
            "sparse_categorical_crossentropy: expected labels of shape [32] or [32, 1] "
                + "(class indices), got [16]");
  }
}
