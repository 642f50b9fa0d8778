package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RngTest {

  @Test
  void sameSeedGivesSameNumbers() {
    Tensor a = Tensor.randomNormal(Shape.of(100), 0f, 1f, 42);
    Tensor b = Tensor.randomNormal(Shape.of(100), 0f, 1f, 42);
    Tensor c = Tensor.randomNormal(Shape.of(100), 0f, 1f, 43);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(Tensor.randomUniform(Shape.of(5, 5), -1f, 1f, 7))
        .isEqualTo(Tensor.randomUniform(Shape.of(5, 5), -1f, 1f, 7));
  }

  @Test
  void normalSamplesHaveTheRequestedMeanAndStd() {
    long seed = 2024;
    Tensor t = Tensor.randomNormal(Shape.of(100_000), 3f, 2f, seed);
    double mean = t.mean();
    double var = 0;
    for (float v : t.toArray()) {
      var += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(var / t.size());
    // Standard errors: 2 / sqrt(1e5) = 0.0063 for the mean, ~0.0045 for the std.
    assertThat(mean).as("mean, seed " + seed).isCloseTo(3.0, within(0.03));
    assertThat(std).as("std, seed " + seed).isCloseTo(2.0, within(0.03));
  }

  @Test
  void uniformSamplesStayInTheHalfOpenInterval() {
    long seed = 5;
    Tensor t = Tensor.randomUniform(Shape.of(100_000), -2f, 6f, seed);
    assertThat(t.min()).as("seed " + seed).isGreaterThanOrEqualTo(-2f);
    assertThat(t.max()).as("seed " + seed).isLessThan(6f);
    assertThat((double) t.mean()).as("seed " + seed).isCloseTo(2.0, within(0.05));
  }

  @Test
  void shuffleIsAPermutationDeterminedBySeed() {
    int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] b = a.clone();
    new Rng(3).shuffle(a);
    new Rng(3).shuffle(b);
    assertThat(a).isEqualTo(b).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Tensor.randomUniform(Shape.of(2), 1f, 1f, 0))
        .hasMessage("uniform: expected lo < hi, got lo=1.0, hi=1.0");
    assertThatThrownBy(() -> Tensor.randomNormal(Shape.of(2), 0f, -1f, 0))
        .hasMessage("normal: expected std >= 0, got -1.0");
    assertThatThrownBy(() -> new Rng(0).nextInt(0))
        .hasMessage("nextInt: expected bound > 0, got 0");
  }
}
