package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitsTest {

  static Tensor rows(int n) {
    return Tensor.fromFunction(io.fovea.tensor.Shape.of(n, 2), idx -> idx[0] * 10 + idx[1]);
  }

  @Test
  void validationSplitTakesTheLastPartAsKeras() {
    TrainTestData d = Splits.validationSplit(rows(10), Tensor.arange(10), 0.25);
    // Keras: split_at = int(10 * 0.75) = 7.
    assertThat(d.yTrain().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(d.yTest().toArray()).containsExactly(7, 8, 9);
    assertThat(d.xTest().get(0, 1)).isEqualTo(71f);
  }

  @Test
  void trainTestSplitShufflesXAndYTogetherBySeed() {
    long seed = 42;
    TrainTestData a = Splits.trainTestSplit(rows(10), Tensor.arange(10), 0.25, seed);
    TrainTestData b = Splits.trainTestSplit(rows(10), Tensor.arange(10), 0.25, seed);
    assertThat(a.yTest().size()).as("ceil(2.5) test samples, seed %d", seed).isEqualTo(3);
    assertThat(a.yTrain().size()).isEqualTo(7);
    assertThat(a.yTest().toArray()).isEqualTo(b.yTest().toArray());
    Set<Float> all = new HashSet<>();
    for (Tensor[] xy : new Tensor[][] {{a.xTrain(), a.yTrain()}, {a.xTest(), a.yTest()}}) {
      for (int i = 0; i < xy[1].size(); i++) {
        float label = xy[1].get(i);
        assertThat(xy[0].get(i, 0))
            .as("row follows its label, seed %d", seed)
            .isEqualTo(label * 10);
        all.add(label);
      }
    }
    assertThat(all).hasSize(10);
  }

  @Test
  void rejectsMismatchedSampleCounts() {
    assertThatThrownBy(() -> Splits.validationSplit(rows(4), Tensor.arange(3), 0.5))
        .hasMessage(
            "validationSplit: expected x and y with the same number of samples "
                + "(first axis), got [4, 2] and [3]");
  }

  @Test
  void playgroundSetsHaveBalancedLabelsAndTheirShape() {
    long seed = 3;
    int n = 200;
    for (Playground.Points p :
        new Playground.Points[] {
          Playground.xor(n, 0, seed),
          Playground.circle(n, 0, seed),
          Playground.gauss(n, 0, seed),
          Playground.spiral(n, 0, seed)
        }) {
      assertThat(p.x().shape().dims()).containsExactly(n, 2);
      assertThat(p.y().sum()).as("seed %d", seed).isBetween(60f, 140f);
    }
    assertThat(Playground.xor(n, 0.1, seed).x().toArray())
        .isEqualTo(Playground.xor(n, 0.1, seed).x().toArray());
  }

  @Test
  void playgroundLabelsFollowTheGeneratorsWithoutNoise() {
    Playground.Points xor = Playground.xor(100, 0, 1);
    Playground.Points circle = Playground.circle(100, 0, 1);
    for (int i = 0; i < 100; i++) {
      float x = xor.x().get(i, 0);
      float y = xor.x().get(i, 1);
      assertThat(Math.abs(x)).isGreaterThanOrEqualTo(0.3f);
      assertThat(xor.y().get(i)).isEqualTo(x * y >= 0 ? 1f : 0f);
      double r = Math.hypot(circle.x().get(i, 0), circle.x().get(i, 1));
      assertThat(circle.y().get(i)).isEqualTo(i < 50 ? 1f : 0f);
      assertThat(r).isLessThanOrEqualTo(i < 50 ? 2.5 : 5.0);
    }
    Playground.Points spiral = Playground.spiral(4, 0, 1);
    // Arm starts: i = 0 at the origin; the second point of arm 1 at r = 2.5, t = 1.75 pi.
    assertThat(spiral.x().get(1, 0))
        .isCloseTo(
            (float) (2.5 * Math.sin(1.75 * Math.PI)), org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(spiral.y().toArray()).containsExactly(1, 1, 0, 0);
  }
}
