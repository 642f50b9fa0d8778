package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.assertValues;
import static io.fovea.optimizers.OptimizerTesting.parameter;
import static io.fovea.optimizers.OptimizerTesting.stepOnHalfSquare;
import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.nn.Parameter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdagradTest {

  @Test
  void hasKerasDefaults() {
    assertThat(new Adagrad().config())
        .isEqualTo(
            Map.of(
                "name",
                "adagrad",
                "learning_rate",
                0.001,
                "initial_accumulator_value",
                0.1,
                "epsilon",
                1e-7));
  }

  @Test
  void stepsFollowTheKerasFormula() {
    // acc = 0.1 + sum g^2, w -= 0.1 g / sqrt(acc + 1e-7), g = w; from w = 1: acc = 1.1,
    // w = 1 - 0.1 / sqrt(1.1) = 0.9046537; then evaluated in double
    Optimizer adagrad = new Adagrad(0.1);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(adagrad, p);
    assertValues(p, 0.9046537454093613, -1.9012270415395893);
    stepOnHalfSquare(adagrad, p);
    assertValues(p, 0.8393387391820096, -1.832776724404079);
    stepOnHalfSquare(adagrad, p);
    assertValues(p, 0.7875127746375502, -1.7777007106291969);
  }

  @Test
  void minimisesAQuadratic() {
    OptimizerTesting.assertMinimisesAQuadratic(new Adagrad(0.5), 1000, 1e-3);
  }
}
