package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.assertValues;
import static io.fovea.optimizers.OptimizerTesting.parameter;
import static io.fovea.optimizers.OptimizerTesting.stepOnHalfSquare;
import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.nn.Parameter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdadeltaTest {

  @Test
  void hasKerasDefaults() {
    assertThat(new Adadelta().config())
        .isEqualTo(
            Map.of("name", "adadelta", "learning_rate", 0.001, "rho", 0.95, "epsilon", 1e-7));
  }

  @Test
  void stepsFollowTheKerasFormula() {
    // Eg = 0.95 Eg + 0.05 g^2, d = -sqrt(Ed + 1e-7) / sqrt(Eg + 1e-7) g, Ed = 0.95 Ed + 0.05 d^2,
    // w += lr d with lr = 1, g = w; from w = 1: Eg = 0.05, d = -sqrt(1e-7 / 0.0500001),
    // w = 0.99858579; then evaluated in double
    Optimizer adadelta = new Adadelta(1.0);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(adadelta, p);
    assertValues(p, 0.9985857878518384, -1.9985857867911803);
    stepOnHalfSquare(adadelta, p);
    assertValues(p, 0.9971545473993738, -1.9971540510599448);
    stepOnHalfSquare(adadelta, p);
    assertValues(p, 0.9957124679717688, -1.9957108020315082);
  }

  @Test
  void minimisesAQuadratic() {
    OptimizerTesting.assertMinimisesAQuadratic(new Adadelta(1.0, 0.9, 1e-6), 3000, 2e-2);
  }
}
