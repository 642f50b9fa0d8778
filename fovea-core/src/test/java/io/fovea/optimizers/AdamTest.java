package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.assertValues;
import static io.fovea.optimizers.OptimizerTesting.parameter;
import static io.fovea.optimizers.OptimizerTesting.stepOnHalfSquare;
import static io.fovea.optimizers.OptimizerTesting.stepWithGradient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Parameter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamTest {

  @Test
  void hasKerasDefaults() {
    assertThat(new Adam().config())
        .isEqualTo(
            Map.of(
                "name",
                "adam",
                "learning_rate",
                0.001,
                "beta_1",
                0.9,
                "beta_2",
                0.999,
                "epsilon",
                1e-7,
                "amsgrad",
                false));
  }

  @Test
  void stepsFollowTheKerasFormula() {
    // lr = 0.1, g = w. Step 1 from w = 1: m = 0.1, v = 0.001, alpha = 0.1 sqrt(0.001) / 0.1,
    // w = 1 - 0.1 * 0.0316228 / (0.0316228 + 1e-7) = 0.9000003162; later steps likewise
    // (m += (g - m) 0.1, v += (g^2 - v) 0.001, alpha = lr sqrt(1 - 0.999^t) / (1 - 0.9^t)),
    // evaluated in double.
    Optimizer adam = new Adam(0.1);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(adam, p);
    assertValues(p, 0.900000316226766, -1.900000158113633);
    stepOnHalfSquare(adam, p);
    assertValues(p, 0.8004127762155153, -1.8001667578724447);
    stepOnHalfSquare(adam, p);
    assertValues(p, 0.7015870148647835, -1.7006237583691333);
    assertThat(adam.iterations()).isEqualTo(3);
  }

  @Test
  void amsgradKeepsTheLargestSecondMoment() {
    // gradients 1, 0, 0 from w = 1, lr = 0.1: after step 2, v = 0.000999 < vHat = 0.001, so
    // AMSGrad divides by sqrt(0.001) instead of sqrt(0.000999)
    Optimizer plain = new Adam(0.1);
    Optimizer ams = new Adam(0.1, 0.9, 0.999, 1e-7, true);
    Parameter a = parameter(1);
    Parameter b = parameter(1);
    for (float g : new float[] {1, 0, 0}) {
      stepWithGradient(plain, a, g);
      stepWithGradient(ams, b, g);
    }
    assertValues(a, 0.7811991695167767);
    assertValues(b, 0.7812844759669074);
  }

  @Test
  void minimisesAQuadratic() {
    OptimizerTesting.assertMinimisesAQuadratic(new Adam(0.05), 1500, 1e-2);
    OptimizerTesting.assertMinimisesAQuadratic(new Adam(0.05, 0.9, 0.999, 1e-7, true), 1500, 1e-2);
  }

  @Test
  void rejectsBadHyperparameters() {
    assertThatThrownBy(() -> new Adam(0))
        .hasMessage("Adam: expected a positive learning rate, got 0.0");
    assertThatThrownBy(() -> new Adam(0.001, 1.0, 0.999, 1e-7))
        .hasMessage("Adam: expected beta1 in [0, 1), got 1.0");
    assertThatThrownBy(() -> new Adam(0.001, 0.9, -0.1, 1e-7))
        .hasMessage("Adam: expected beta2 in [0, 1), got -0.1");
  }
}
