package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.assertValues;
import static io.fovea.optimizers.OptimizerTesting.parameter;
import static io.fovea.optimizers.OptimizerTesting.stepOnHalfSquare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Parameter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RMSpropTest {

  @Test
  void hasKerasDefaults() {
    assertThat(new RMSprop().config())
        .isEqualTo(
            Map.of(
                "name",
                "rmsprop",
                "learning_rate",
                0.001,
                "rho",
                0.9,
                "momentum",
                0.0,
                "epsilon",
                1e-7,
                "centered",
                false));
  }

  @Test
  void matchesTheKerasDocumentationExample() {
    // lr = 0.1, w = 10, g = w: v = 0.1 * 100 = 10, w = 10 - 0.1 * 10 / sqrt(10 + 1e-7)
    Parameter p = parameter(10);
    stepOnHalfSquare(new RMSprop(0.1), p);
    assertValues(p, 9.683772);
  }

  @Test
  void stepsFollowTheKerasFormula() {
    // v = 0.9 v + 0.1 g^2, w -= 0.1 g / sqrt(v + 1e-7), g = w; from w = 1: v = 0.1,
    // w = 1 - 0.1 / sqrt(0.1) = 0.6837724; then evaluated in double
    Optimizer rms = new RMSprop(0.1);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.6837723920969265, -1.6837722735116254);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.4988708044756769, -1.4738753665791844);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.36918076036188563, -1.3087179273163312);
  }

  @Test
  void centeredStepsWithMomentumFollowTheKerasFormula() {
    // a = 0.9 a + 0.1 g, increment = 0.1 g / sqrt(v - a^2 + 1e-7), s = 0.5 s + increment,
    // w -= s; from w = 1: v = 0.1, a = 0.1, increment = 0.1 / sqrt(0.09) = 1/3, w = 2/3
    Optimizer rms = new RMSprop(0.1, 0.9, 0.5, 1e-7, true);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.6666668518516974, -1.6666667129629533);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.2989013382213644, -1.2683397873937903);
    stepOnHalfSquare(rms, p);
    assertValues(p, 0.02084121402086242, -0.8969425004344829);
  }

  @Test
  void minimisesAQuadratic() {
    OptimizerTesting.assertMinimisesAQuadratic(new RMSprop(0.01), 1500, 2e-2);
    OptimizerTesting.assertMinimisesAQuadratic(new RMSprop(0.01, 0.9, 0.5, 1e-7, true), 1500, 2e-2);
  }

  @Test
  void rejectsBadHyperparameters() {
    assertThatThrownBy(() -> new RMSprop(0.001, 1.2))
        .hasMessage("RMSprop: expected rho in [0, 1), got 1.2");
    assertThatThrownBy(() -> new RMSprop(Double.POSITIVE_INFINITY))
        .hasMessage("RMSprop: expected a positive learning rate, got Infinity");
  }
}
