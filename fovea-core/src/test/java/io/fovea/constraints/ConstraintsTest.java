package io.fovea.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

  @Test
  void maxNormCapsEachUnitsIncomingWeights() {
    // Dense kernel [in=2, units=2]: unit 0 has norm 5, unit 1 norm 1.
    Tensor w = Tensor.of(new float[][] {{3, 0.6f}, {4, 0.8f}});
    Constraints.maxNorm(2).apply(w);
    assertThat(w.toArray()).containsExactly(new float[] {1.2f, 0.6f, 1.6f, 0.8f}, within(1e-6f));
  }

  @Test
  void maxNormOverThreeAxesCapsWholeFilters() {
    Tensor w = new Rng(5).normal(Shape.of(3, 3, 4, 6), 0f, 1f);
    Constraints.maxNorm(1.5, 0, 1, 2).apply(w);
    for (int f = 0; f < 6; f++) {
      double sq = 0;
      for (int i = 0; i < 36; i++) {
        float v = w.getFlat(i * 6 + f);
        sq += v * v;
      }
      assertThat(Math.sqrt(sq)).as("filter " + f).isCloseTo(1.5, within(1e-5));
    }
  }

  @Test
  void maxNormDefaultAxisOnAConvKernelIsAxisZeroAsInKeras() {
    Tensor w = Tensor.full(1f, 2, 1, 1, 1);
    Constraints.maxNorm(1).apply(w);
    float expected = (float) (1 / Math.sqrt(2));
    assertThat(w.toArray()).containsExactly(new float[] {expected, expected}, within(1e-6f));
  }

  @Test
  void nonNegUnitNormAndMinMaxNormProject() {
    Tensor w = Tensor.of(new float[][] {{-1, 2}, {3, -4}});
    Constraints.nonNeg().apply(w);
    assertThat(w.toArray()).containsExactly(0f, 2f, 3f, 0f);
    Tensor u = Tensor.of(new float[][] {{3, 0.1f}, {4, 0}});
    Constraints.unitNorm().apply(u);
    assertThat(u.toArray()).containsExactly(new float[] {0.6f, 1f, 0.8f, 0f}, within(1e-6f));
    Tensor m = Tensor.of(new float[][] {{0.3f, 6}, {0.4f, 8}});
    new MinMaxNorm(1, 5, 0.5, List.of(0)).apply(m);
    // norms 0.5 -> 0.75 and 10 -> 7.5 (half way to the range)
    assertThat(m.toArray()).containsExactly(new float[] {0.45f, 4.5f, 0.6f, 6f}, within(1e-5f));
  }

  @Test
  void namesAndConfigsFollowKeras() {
    assertThat(Constraints.get("max_norm")).isEqualTo(Constraints.maxNorm(2));
    assertThat(Constraints.maxNorm(3).config()).isEqualTo(Map.of("max_value", 3.0, "axis", 0));
    assertThat(Constraints.maxNorm(3, 0, 1, 2).config().get("axis")).isEqualTo(List.of(0, 1, 2));
    assertThat(Constraints.get("non_neg").className()).isEqualTo("NonNeg");
    for (String name : Constraints.names()) {
      assertThat(Constraints.get(name).name()).isEqualTo(name);
    }
  }

  @Test
  void rejectsBadArgumentsWithClearMessages() {
    assertThatThrownBy(() -> Constraints.get("maxnorm"))
        .hasMessage(
            "constraint: expected one of [max_norm, non_neg, unit_norm, min_max_norm], "
                + "got 'maxnorm'");
    assertThatThrownBy(() -> Constraints.maxNorm(-1))
        .hasMessage("MaxNorm: expected maxValue > 0, got -1.0");
    assertThatThrownBy(() -> Constraints.maxNorm(2, 3).apply(Tensor.zeros(4, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MaxNorm: expected axes in [-2, 2) for weights of shape [4, 2], got axis 3");
  }
}
