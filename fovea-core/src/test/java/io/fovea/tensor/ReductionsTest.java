package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReductionsTest {

  /** [2, 3, 2]: value = 100 * i + 10 * j + k, so every sum is easy by hand. */
  private final Tensor t =
      Tensor.fromFunction(Shape.of(2, 3, 2), i -> 100 * i[0] + 10 * i[1] + i[2]);

  @Test
  void wholeTensorReductionsMatchHandValues() {
    // sum over i, j, k of 100i + 10j + k = 100*6 + 10*(0+1+2)*4 + (0+1)*6 = 600 + 120 + 6
    assertThat(t.sum()).isEqualTo(726f);
    assertThat(t.mean()).isEqualTo(726f / 12);
    assertThat(t.max()).isEqualTo(121f);
    assertThat(t.min()).isEqualTo(0f);
  }

  @Test
  void sumAndMeanOverEachAxisMatchHandValues() {
    Tensor s0 = t.sum(0); // [3, 2]: (10j + k) * 2 + 100
    assertThat(s0.shape()).isEqualTo(Shape.of(3, 2));
    assertThat(s0.toArray()).containsExactly(100, 102, 120, 122, 140, 142);
    Tensor s1 = t.sum(1); // [2, 2]: 300i + 30 + 3k
    assertThat(s1.toArray()).containsExactly(30, 33, 330, 333);
    Tensor s2 = t.sum(-1); // [2, 3]: 200i + 20j + 1
    assertThat(s2.shape()).isEqualTo(Shape.of(2, 3));
    assertThat(s2.toArray()).containsExactly(1, 21, 41, 201, 221, 241);
    assertThat(t.mean(1).toArray()).containsExactly(10, 11, 110, 111);
  }

  @Test
  void maxMinAndArgmaxOverAnAxis() {
    Tensor scores = Tensor.of(new float[][] {{0.1f, 0.7f, 0.2f}, {0.5f, 0.5f, 0.0f}});
    assertThat(scores.argmax(-1).toArray()).containsExactly(1, 0); // first on ties
    assertThat(scores.argmax(0).toArray()).containsExactly(1, 0, 0);
    assertThat(scores.max(1).toArray()).containsExactly(0.7f, 0.5f);
    assertThat(scores.min(1).toArray()).containsExactly(0.1f, 0.0f);
    assertThat(t.max(1).toArray()).containsExactly(20, 21, 120, 121);
    assertThat(t.argmax(1).toArray()).containsExactly(2, 2, 2, 2);
    Tensor withNaN = Tensor.of(new float[] {1, Float.NaN, 3}, 1, 3);
    assertThat(withNaN.argmax(1).toArray()).containsExactly(1);
    assertThat(withNaN.max()).isNaN();
  }

  @Test
  void reductionsOfARank1TensorGiveARank0Tensor() {
    Tensor s = Tensor.arange(5).sum(0);
    assertThat(s.rank()).isZero();
    assertThat(s.item()).isEqualTo(10f);
  }

  @Test
  void sumIsAccurateOverManyElements() {
    Tensor ones = Tensor.full(0.1f, 1_000_000);
    assertThat((double) ones.sum()).isCloseTo(100_000.0, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void rejectsEmptyTensorsAndBadAxes() {
    assertThatThrownBy(() -> Tensor.zeros(0, 3).max())
        .hasMessage("max: expected a non-empty tensor, got shape [0, 3]");
    assertThatThrownBy(() -> Tensor.zeros(0, 3).argmax(0))
        .hasMessage("argmax: expected a non-empty axis 0, got shape [0, 3]");
    assertThat(Tensor.zeros(0, 3).sum(0).toArray()).containsExactly(0, 0, 0);
    assertThatThrownBy(() -> t.sum(3))
        .hasMessage("sum: expected an axis in [-3, 3) for shape [2, 3, 2], got 3");
  }
}
