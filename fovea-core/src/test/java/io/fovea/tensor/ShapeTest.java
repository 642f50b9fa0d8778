package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShapeTest {

  @Test
  void reportsRankSizeStridesAndDims() {
    Shape s = Shape.of(32, 28, 28, 1);
    assertThat(s.rank()).isEqualTo(4);
    assertThat(s.size()).isEqualTo(32 * 28 * 28);
    assertThat(s.strides()).containsExactly(784, 28, 1, 1);
    assertThat(s.dims()).containsExactly(32, 28, 28, 1);
    assertThat(s.dim(0)).isEqualTo(32);
    assertThat(s.dim(-1)).isEqualTo(1);
    assertThat(s).hasToString("[32, 28, 28, 1]");
  }

  @Test
  void scalarShapeHasRankZeroAndSizeOne() {
    assertThat(Shape.of().rank()).isZero();
    assertThat(Shape.of().size()).isEqualTo(1);
    assertThat(Shape.scalar()).isEqualTo(Shape.of()).hasToString("[]");
  }

  @Test
  void isImmutableAndComparedByValue() {
    int[] dims = {2, 3};
    Shape s = Shape.of(dims);
    dims[0] = 99;
    s.dims()[1] = 99;
    assertThat(s).isEqualTo(Shape.of(2, 3)).hasSameHashCodeAs(Shape.of(2, 3));
    assertThat(s).isNotEqualTo(Shape.of(3, 2)).isNotEqualTo(Shape.of(2, 3, 1));
  }

  @Test
  void reshapeInfersOneMinusOne() {
    assertThat(Shape.of(2, 3, 4).reshape(-1, 4)).isEqualTo(Shape.of(6, 4));
    assertThat(Shape.of(2, 3, 4).reshape(2, -1)).isEqualTo(Shape.of(2, 12));
    assertThat(Shape.of(2, 3).reshape(-1)).isEqualTo(Shape.of(6));
    assertThat(Shape.of(0, 3).reshape(0, 3)).isEqualTo(Shape.of(0, 3));
  }

  @Test
  void reshapeRejectsSizesThatCannotAgree() {
    assertThatThrownBy(() -> Shape.of(2, 3).reshape(4, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reshape: cannot reshape [2, 3] (6 elements) to [4, -1]");
    assertThatThrownBy(() -> Shape.of(2, 3).reshape(5))
        .hasMessage("reshape: cannot reshape [2, 3] (6 elements) to [5]");
    assertThatThrownBy(() -> Shape.of(2, 3).reshape(-1, -1))
        .hasMessage("reshape: expected dimensions >= 0 and at most one -1, got [-1, -1]");
  }

  @Test
  void rejectsNegativeDimensionsAndTooManyElements() {
    assertThatThrownBy(() -> Shape.of(2, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shape: expected dimensions >= 0, got [2, -3] (dimension 1 is -3)");
    assertThatThrownBy(() -> Shape.of(1 << 16, 1 << 16))
        .hasMessageStartingWith("Shape: expected at most 2147483647 elements, got [65536, 65536]");
  }

  @Test
  void axisAcceptsNegativeAxesAndNamesBadOnes() {
    Shape s = Shape.of(2, 3, 4);
    assertThat(s.axis("sum", -1)).isEqualTo(2);
    assertThat(s.axis("sum", 0)).isZero();
    assertThatThrownBy(() -> s.axis("sum", 3))
        .hasMessage("sum: expected an axis in [-3, 3) for shape [2, 3, 4], got 3");
  }

  @Test
  void withoutAndWithReplaceOneAxis() {
    Shape s = Shape.of(2, 3, 4);
    assertThat(s.without(1)).isEqualTo(Shape.of(2, 4));
    assertThat(s.without(-1)).isEqualTo(Shape.of(2, 3));
    assertThat(s.with(0, 7)).isEqualTo(Shape.of(7, 3, 4));
  }
}
