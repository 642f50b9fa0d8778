package io.fovea.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.GradientCheck;
import org.junit.jupiter.api.Test;

class MeanAbsoluteErrorTest {

  private final Loss loss = new MeanAbsoluteError();

  @Test
  void matchesTheKerasDocumentationExample() {
    Tensor yTrue = Tensor.of(new float[][] {{0, 1}, {0, 0}});
    Tensor yPred = Tensor.of(new float[][] {{1, 1}, {1, 0}});
    Tensor grad = Tensor.zeros(2, 2);
    assertThat(loss.compute(yTrue, yPred, grad)).isCloseTo(0.5, within(1e-7));
    // sign(p - y) / 4, zero where equal
    assertThat(grad.toArray()).containsExactly(0.25f, 0f, 0.25f, 0f);
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    for (long seed = 1; seed <= 3; seed++) {
      Rng rng = new Rng(seed);
      Tensor yTrue = rng.normal(Shape.of(4, 3), 0f, 1f);
      // keep every prediction away from its label, where |.| has its kink
      Tensor yPred =
          yTrue.add(
              rng.uniform(Shape.of(4, 3), 0.1f, 1f)
                  .mul(rng.uniform(Shape.of(4, 3), 0f, 1f).map(u -> u < 0.5f ? -1f : 1f)));
      GradientCheck.checkLoss(loss, yTrue, yPred, seed);
    }
  }
}
