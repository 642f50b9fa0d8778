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

class BinaryCrossentropyTest {

  private final Loss loss = new BinaryCrossentropy();

  @Test
  void matchesTheKerasDocumentationExample() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1}, {0, 0}});
    Tensor yPred = Tensor.of(new float[][] {{0.6f, 0.4f}, {0.4f, 0.6f}});
    // mean of -log 0.4, -log 0.4, -log 0.6, -log 0.4
    double expected = -(3 * Math.log(0.4) + Math.log(0.6)) / 4;
    assertThat(loss.compute(yTrue, yPred, Tensor.zeros(2, 2))).isCloseTo(expected, within(1e-6));
    assertThat(expected).isCloseTo(0.815, within(5e-4));
  }

  @Test
  void clipsProbabilitiesAtEpsilonAsKeras() {
    Tensor grad = Tensor.zeros(1, 1);
    double value =
        loss.compute(Tensor.of(new float[][] {{1}}), Tensor.of(new float[][] {{0}}), grad);
    assertThat(value).isCloseTo(-Math.log(1e-7), within(1e-6));
    assertThat(grad.get(0, 0)).isZero();
  }

  @Test
  void acceptsLabelsWithoutTheTrailingUnitAxis() {
    Tensor yPred = Tensor.of(new float[] {0.8f, 0.3f}, 2, 1);
    double value = loss.compute(Tensor.of(new float[] {1, 0}, 2), yPred, Tensor.zeros(2, 1));
    assertThat(value).isCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, within(1e-6));
  }

  @Test
  void logitsGiveTheSameLossAndGradientAsProbabilities() {
    Rng rng = new Rng(21);
    Tensor logits = rng.normal(Shape.of(6, 3), 0f, 2f);
    Tensor yTrue = rng.uniform(Shape.of(6, 3), 0f, 1f);
    Tensor probs = logits.map(z -> (float) (1 / (1 + Math.exp(-z))));
    Tensor gLogits = Tensor.zeros(6, 3);
    Tensor gProbs = Tensor.zeros(6, 3);
    double a = loss.computeFromLogits(yTrue, logits, gLogits);
    double b = loss.compute(yTrue, probs, gProbs);
    assertThat(a).as("seed 21").isCloseTo(b, within(1e-5));
    // chain rule through the sigmoid: dL/dz = dL/dp * p (1 - p)
    Tensor chained = gProbs.mul(probs).mul(probs.map(p -> 1 - p));
    assertThat(gLogits.allClose(chained, 1e-3, 1e-6)).as("seed 21").isTrue();
  }

  @Test
  void staysFiniteOnExtremeLogits() {
    Tensor grad = Tensor.zeros(1, 4);
    double value =
        loss.computeFromLogits(
            Tensor.of(new float[][] {{1, 0, 1, 0}}),
            Tensor.of(new float[][] {{100, 100, -100, -100}}),
            grad);
    assertThat(value).isCloseTo(50, within(1e-6));
    // (sigmoid(z) - y) / 4
    assertThat(grad.toArray()).containsExactly(new float[] {0f, 0.25f, -0.25f, 0f}, within(1e-7f));
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (long seed = 1; seed <= 3; seed++) {
      Rng rng = new Rng(seed);
      Tensor yTrue = rng.uniform(Shape.of(5, 3), 0f, 1f);
      GradientCheck.checkLoss(loss, yTrue, rng.uniform(Shape.of(5, 3), 0.05f, 0.95f), seed);
      GradientCheck.checkLossFromLogits(loss, yTrue, rng.normal(Shape.of(5, 3), 0f, 2f), seed);
    }
  }

  @Test
  void fromLogitsConstructorTakesLogitsInCompute() {
    Loss logitsLoss = new BinaryCrossentropy(true);
    double value =
        logitsLoss.compute(
            Tensor.of(new float[] {1}, 1, 1), Tensor.of(new float[] {0}, 1, 1), Tensor.zeros(1, 1));
    assertThat(value).isCloseTo(Math.log(2), within(1e-6));
    assertThat(logitsLoss.logitsActivation()).isNull();
    assertThat(loss.logitsActivation()).isEqualTo("sigmoid");
  }

  @Test
  void rejectsLabelsOfAnotherShapeNamingBothShapes() {
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(16, 1), Shape.of(32, 1)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "binary_crossentropy: expected labels of shape [32, 1] (as the predictions), "
                + "got [16, 1]");
  }
}
