package io.fovea.optimizers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.List;

/** Drives optimisers on tiny parameters for the optimiser tests. */
final class OptimizerTesting {

  private OptimizerTesting() {}

  /** A trainable parameter holding {@code values}. */
  static Parameter parameter(float... values) {
    return new Parameter("kernel", Tensor.of(values.clone(), values.length), true);
  }

  /** One step on {@code loss = sum(w^2) / 2}, whose gradient is {@code w}. */
  static void stepOnHalfSquare(Optimizer optimizer, Parameter p) {
    p.gradient().copyFrom(p.value().toArray(), 0);
    optimizer.apply(List.of(p));
  }

  /** One step with the given gradient. */
  static void stepWithGradient(Optimizer optimizer, Parameter p, float... gradient) {
    p.gradient().copyFrom(gradient, 0);
    optimizer.apply(List.of(p));
  }

  /** Fails unless the parameter holds {@code expected}, to float precision. */
  static void assertValues(Parameter p, double... expected) {
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) p.value().getFlat(i))
          .as("element %d", i)
          .isCloseTo(expected[i], within(2e-6 * Math.max(1, Math.abs(expected[i]))));
    }
  }

  /**
   * Runs {@code steps} steps on {@code 0.5 sum(a_i (w_i - c_i)^2)} with {@code a = [1, 4, 0.5]},
   * {@code c = [1, -2, 3]} from zero and checks that {@code w} ends within {@code tolerance} of
   * {@code c}.
   */
  static void assertMinimisesAQuadratic(Optimizer optimizer, int steps, double tolerance) {
    float[] a = {1, 4, 0.5f};
    float[] c = {1, -2, 3};
    Parameter p = parameter(0, 0, 0);
    Tensor w = p.value();
    Tensor g = p.gradient();
    for (int s = 0; s < steps; s++) {
      for (int i = 0; i < 3; i++) {
        g.setFlat(i, a[i] * (w.getFlat(i) - c[i]));
      }
      optimizer.apply(List.of(p));
    }
    for (int i = 0; i < 3; i++) {
      assertThat((double) w.getFlat(i))
          .as(optimizer.name() + " element " + i)
          .isCloseTo(c[i], within(tolerance));
    }
  }
}
