package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.assertValues;
import static io.fovea.optimizers.OptimizerTesting.parameter;
import static io.fovea.optimizers.OptimizerTesting.stepOnHalfSquare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Parameter;
import org.junit.jupiter.api.Test;

class SGDTest {

  @Test
  void hasKerasDefaults() {
    SGD sgd = new SGD();
    assertThat(sgd.learningRate()).isEqualTo(0.01f);
    assertThat(sgd.momentum()).isZero();
    assertThat(sgd.nesterov()).isFalse();
    assertThat(sgd.name()).isEqualTo("SGD");
  }

  @Test
  void plainStepsFollowTheKerasFormula() {
    // w -= lr * g with g = w, lr = 0.1: 1 -> 0.9 -> 0.81 -> 0.729 (Keras docs: 1.0 -> 0.9)
    Optimizer sgd = new SGD(0.1);
    Parameter p = parameter(1, -2);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.9, -1.8);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.81, -1.62);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.729, -1.458);
  }

  @Test
  void momentumStepsFollowTheKerasFormula() {
    // v = 0.9 v - 0.1 g; w += v. From w = 1: v = -0.1, w = 0.9; v = -0.09 - 0.09 = -0.18,
    // w = 0.72; v = -0.162 - 0.072 = -0.234, w = 0.486
    Optimizer sgd = new SGD(0.1, 0.9);
    Parameter p = parameter(1);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.9);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.72);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.486);
  }

  @Test
  void nesterovStepsFollowTheKerasFormula() {
    // v = 0.9 v - 0.1 g; w += 0.9 v - 0.1 g. From w = 1: v = -0.1, w = 1 - 0.09 - 0.1 = 0.81;
    // v = -0.09 - 0.081 = -0.171, w = 0.81 - 0.1539 - 0.081 = 0.5751;
    // v = -0.1539 - 0.05751 = -0.21141, w = 0.5751 - 0.190269 - 0.05751 = 0.327321
    Optimizer sgd = new SGD(0.1, 0.9, true);
    Parameter p = parameter(1);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.81);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.5751);
    stepOnHalfSquare(sgd, p);
    assertValues(p, 0.327321);
  }

  @Test
  void minimisesAQuadratic() {
    OptimizerTesting.assertMinimisesAQuadratic(new SGD(0.1), 400, 1e-3);
    OptimizerTesting.assertMinimisesAQuadratic(new SGD(0.05, 0.9), 400, 1e-3);
    OptimizerTesting.assertMinimisesAQuadratic(new SGD(0.05, 0.9, true), 400, 1e-3);
  }

  @Test
  void rejectsABadLearningRateOrMomentum() {
    assertThatThrownBy(() -> new SGD(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SGD: expected a positive learning rate, got -0.1");
    assertThatThrownBy(() -> new SGD(Double.NaN)).hasMessageEndingWith("got NaN");
    assertThatThrownBy(() -> new SGD(0.1, 1.5))
        .hasMessage("SGD: expected momentum in [0, 1], got 1.5");
    assertThatThrownBy(() -> new SGD(0.1).setLearningRate(0))
        .hasMessage("SGD: expected a positive learning rate, got 0.0");
  }
}
