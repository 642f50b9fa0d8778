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

class CategoricalCrossentropyTest {

  private final Loss loss = new CategoricalCrossentropy();

  @Test
  void matchesTheKerasDocumentationExample() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1, 0}, {0, 0, 1}});
    Tensor yPred = Tensor.of(new float[][] {{0.05f, 0.95f, 0}, {0.1f, 0.8f, 0.1f}});
    double value = loss.compute(yTrue, yPred, Tensor.zeros(2, 3));
    // (-log 0.95 - log 0.1) / 2
    assertThat(value).isCloseTo(1.1769392, within(1e-6));
  }

  @Test
  void normalisesPredictionsByTheirSum() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1}});
    double value = loss.compute(yTrue, Tensor.of(new float[][] {{1, 3}}), Tensor.zeros(1, 2));
    assertThat(value).isCloseTo(-Math.log(0.75), within(1e-6));
  }

  @Test
  void gradientWithRespectToLogitsIsSoftmaxMinusLabelsOverBatch() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1, 0}, {1, 0, 0}});
    Tensor logits = Tensor.of(new float[][] {{1, 2, 3}, {0, 0, 0}});
    Tensor grad = Tensor.zeros(2, 3);
    loss.computeFromLogits(yTrue, logits, grad);
    double s = Math.exp(1) + Math.exp(2) + Math.exp(3);
    assertThat(grad.get(0, 0)).isCloseTo((float) (Math.exp(1) / s / 2), within(1e-6f));
    assertThat(grad.get(0, 1)).isCloseTo((float) ((Math.exp(2) / s - 1) / 2), within(1e-6f));
    assertThat(grad.get(1, 0)).isCloseTo((float) ((1.0 / 3 - 1) / 2), within(1e-6f));
    assertThat(grad.get(1, 2)).isCloseTo((float) (1.0 / 6), within(1e-6f));
  }

  @Test
  void logitsGiveTheSameLossAsProbabilities() {
    Rng rng = new Rng(11);
    Tensor logits = rng.normal(Shape.of(8, 5), 0f, 2f);
    Tensor yTrue = LossTesting.oneHot(rng, 8, 5);
    double fromLogits = loss.computeFromLogits(yTrue, logits, Tensor.zeros(8, 5));
    Tensor probs = LossTesting.softmax(logits);
    double fromProbs = loss.compute(yTrue, probs, Tensor.zeros(8, 5));
    assertThat(fromLogits).as("seed 11").isCloseTo(fromProbs, within(1e-5));
  }

  @Test
  void staysFiniteOnExtremeLogits() {
    Tensor yTrue = Tensor.of(new float[][] {{1, 0, 0}, {0, 1, 0}});
    Tensor logits = Tensor.of(new float[][] {{-100, 100, 0}, {100, -100, 100}});
    Tensor grad = Tensor.zeros(2, 3);
    double value = loss.computeFromLogits(yTrue, logits, grad);
    assertThat(value).isCloseTo((200 + 200 + Math.log(2)) / 2, within(1e-4));
    for (float g : grad.toArray()) {
      assertThat(g).isFinite();
    }
    assertThat(grad.get(0, 0)).isCloseTo(-0.5f, within(1e-6f));
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (long seed = 1; seed <= 3; seed++) {
      Rng rng = new Rng(seed);
      Tensor yTrue = LossTesting.oneHot(rng, 6, 4);
      Tensor yPred = rng.uniform(Shape.of(6, 4), 0.1f, 1f);
      GradientCheck.checkLoss(loss, yTrue, yPred, seed);
      Tensor soft = LossTesting.softmax(rng.normal(Shape.of(6, 4), 0f, 1f));
      GradientCheck.checkLoss(loss, soft, yPred, seed);
      GradientCheck.checkLossFromLogits(loss, yTrue, rng.normal(Shape.of(6, 4), 0f, 2f), seed);
      GradientCheck.checkLossFromLogits(loss, soft, rng.normal(Shape.of(6, 4), 0f, 2f), seed);
    }
  }

  @Test
  void fromLogitsConstructorTakesLogitsInCompute() {
    Loss logitsLoss = new CategoricalCrossentropy(true);
    Tensor yTrue = Tensor.of(new float[][] {{0, 1}});
    Tensor logits = Tensor.of(new float[][] {{0, 0}});
    assertThat(logitsLoss.compute(yTrue, logits, Tensor.zeros(1, 2)))
        .isCloseTo(Math.log(2), within(1e-6));
    assertThat(logitsLoss.logitsActivation()).isNull();
    assertThat(loss.logitsActivation()).isEqualTo("softmax");
  }

  @Test
  void rejectsIntegerLabelsWithAHintToTheSparseLoss() {
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(32), Shape.of(32, 10)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "categorical_crossentropy: expected labels of shape [32, 10] (one-hot), "
                + "got [32]. Use sparse_categorical_crossentropy for integer labels, or "
                + "toCategorical(labels, 10).");
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(32, 1), Shape.of(32, 10)))
        .hasMessageContaining("got [32, 1]. Use sparse_categorical_crossentropy");
  }

  @Test
  void rejectsLabelsOfAnotherBatchSizeNamingBothShapes() {
    assertThatThrownBy(
            () -> loss.compute(Tensor.zeros(16, 10), Tensor.zeros(32, 10), Tensor.zeros(32, 10)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "categorical_crossentropy: expected labels of shape [32, 10] (one-hot), "
                + "got [16, 10]");
  }

  @Test
  void rejectsAGradientBufferOfAnotherShape() {
    assertThatThrownBy(
            () -> loss.compute(Tensor.zeros(2, 3), Tensor.zeros(2, 3), Tensor.zeros(3, 2)))
        .hasMessage(
            "categorical_crossentropy gradient: expected shape [2, 3], got [3, 2]. "
                + "Pass a gradient tensor shaped like the predictions");
  }
}
