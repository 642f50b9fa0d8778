package io.fovea.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.GradientCheck;
import org.junit.jupiter.api.Test;

class MeanSquaredErrorTest {

  private final Loss loss = new MeanSquaredError();

  @Test
  void matchesTheKerasDocumentationExample() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1}, {0, 0}});
    Tensor yPred = Tensor.of(new float[][] {{1, 1}, {1, 0}});
    Tensor grad = Tensor.zeros(2, 2);
    assertThat(loss.compute(yTrue, yPred, grad)).isCloseTo(0.5, within(1e-7));
    // 2 (p - y) / 4
    assertThat(grad.toArray()).containsExactly(0.5f, 0f, 0.5f, 0f);
  }

  @Test
  void averagesOverEveryElementOfHigherRankPredictions() {
    Tensor yPred = Tensor.full(3f, 2, 2, 2, 1);
    assertThat(loss.compute(Tensor.zeros(2, 2, 2, 1), yPred, Tensor.zeros(2, 2, 2, 1)))
        .isCloseTo(9, within(1e-6));
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (long seed = 1; seed <= 3; seed++) {
      Rng rng = new Rng(seed);
      GradientCheck.checkLoss(
          loss, rng.normal(Shape.of(4, 3), 0f, 1f), rng.normal(Shape.of(4, 3), 0f, 1f), seed);
    }
  }

  @Test
  void rejectsLabelsOfAnotherShape() {
    assertThatThrownBy(() -> loss.checkLabels(Shape.of(8, 3), Shape.of(8, 2)))
        .hasMessage(
            "mean_squared_error: expected labels of shape [8, 2] (as the predictions), "
                + "got [8, 3]");
  }
}
