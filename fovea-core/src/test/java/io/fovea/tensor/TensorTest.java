package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TensorTest {

  @Test
  void createsFilledTensors() {
    assertThat(Tensor.zeros(2, 3).toArray()).containsExactly(0, 0, 0, 0, 0, 0);
    assertThat(Tensor.ones(2).toArray()).containsExactly(1, 1);
    assertThat(Tensor.full(7f, 1, 2).toArray()).containsExactly(7, 7);
    assertThat(Tensor.zeros(2, 3).shape()).isEqualTo(Shape.of(2, 3));
    assertThat(Tensor.arange(4).toArray()).containsExactly(0, 1, 2, 3);
    Tensor s = Tensor.scalar(2.5f);
    assertThat(s.rank()).isZero();
    assertThat(s.item()).isEqualTo(2.5f);
    assertThat(s.get()).isEqualTo(2.5f);
  }

  @Test
  void ofCopiesAndWrapShares() {
    float[] values = {1, 2, 3, 4, 5, 6};
    Tensor copied = Tensor.of(values, 2, 3);
    Tensor wrapped = Tensor.wrap(values, 3, 2);
    values[0] = 100;
    assertThat(copied.get(0, 0)).isEqualTo(1f);
    assertThat(wrapped.get(0, 0)).isEqualTo(100f);
    assertThat(wrapped.data()).isSameAs(values);
    assertThatThrownBy(() -> Tensor.of(values, 4, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wrap: expected 8 values for shape [4, 2], got 6");
  }

  @Test
  void createsFromNestedArrays() {
    Tensor t2 = Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
    assertThat(t2.shape()).isEqualTo(Shape.of(2, 3));
    assertThat(t2.get(1, 2)).isEqualTo(6f);
    assertThat(t2.toFloat2d()).isDeepEqualTo(new float[][] {{1, 2, 3}, {4, 5, 6}});
    Tensor t3 = Tensor.of(new float[][][] {{{1}, {2}}, {{3}, {4}}, {{5}, {6}}});
    assertThat(t3.shape()).isEqualTo(Shape.of(3, 2, 1));
    assertThat(t3.toArray()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(t3.toFloat3d()[2][1][0]).isEqualTo(6f);
    Tensor t4 = Tensor.of(new float[2][3][4][5]);
    assertThat(t4.shape()).isEqualTo(Shape.of(2, 3, 4, 5));
    Tensor d = Tensor.of(new double[][] {{0.5, 1.5}});
    assertThat(d.toArray()).containsExactly(0.5f, 1.5f);
    // An array with no rows keeps no row length: the rank survives, the inner size cannot.
    assertThat(Tensor.of(new float[0][4]).shape()).isEqualTo(Shape.of(0, 0));
  }

  @Test
  void rejectsRaggedNestedArrays() {
    assertThatThrownBy(() -> Tensor.of(new float[][] {{1, 2, 3}, {4, 5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "of: expected a rectangular array, but row [1] has length 2 where 3 was" + " expected");
    assertThatThrownBy(() -> Tensor.of(new float[][][] {{{1}}, {{2}, {3}}}))
        .hasMessage(
            "of: expected a rectangular array, but row [1] has length 2 where 1 was" + " expected");
  }

  @Test
  void fromFunctionPassesEveryIndexInRowMajorOrder() {
    Tensor t = Tensor.fromFunction(Shape.of(2, 3, 4), i -> 100 * i[0] + 10 * i[1] + i[2]);
    assertThat(t.get(1, 2, 3)).isEqualTo(123f);
    assertThat(t.get(0, 1, 0)).isEqualTo(10f);
    assertThat(t.toArray()[t.size() - 1]).isEqualTo(123f);
  }

  @Test
  void reshapeReturnsAViewThatSharesData() {
    Tensor t = Tensor.arange(6).reshape(2, 3);
    Tensor r = t.reshape(3, -1);
    assertThat(r.shape()).isEqualTo(Shape.of(3, 2));
    r.set(42f, 2, 1);
    assertThat(t.get(1, 2)).isEqualTo(42f);
    assertThat(r.data()).isSameAs(t.data());
    assertThatThrownBy(() -> t.reshape(4, -1))
        .hasMessage("reshape: cannot reshape [2, 3] (6 elements) to [4, -1]");
  }

  @Test
  void sliceAndIndexReturnViewsOfTheFirstAxis() {
    Tensor t = Tensor.arange(24).reshape(4, 3, 2);
    Tensor s = t.slice(1, 3);
    assertThat(s.shape()).isEqualTo(Shape.of(2, 3, 2));
    assertThat(s.offset()).isEqualTo(6);
    assertThat(s.get(0, 0, 0)).isEqualTo(6f);
    s.set(-1f, 1, 2, 1);
    assertThat(t.get(2, 2, 1)).isEqualTo(-1f);
    Tensor image = t.index(3);
    assertThat(image.shape()).isEqualTo(Shape.of(3, 2));
    assertThat(image.toArray()).containsExactly(18, 19, 20, 21, 22, 23);
    assertThat(s.reshape(-1).slice(2, 4).toArray()).containsExactly(8, 9);
    assertThat(t.slice(4, 4).size()).isZero();
  }

  @Test
  void sliceRejectsBadBounds() {
    Tensor t = Tensor.zeros(4, 3);
    assertThatThrownBy(() -> t.slice(2, 5))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("slice: expected 0 <= from <= to <= 4 for shape [4, 3], got from=2, to=5");
    assertThatThrownBy(() -> t.slice(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.index(-1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index: expected an index in [0, 4) on axis 0 of shape [4, 3], got -1");
  }

  @Test
  void getAndSetCheckBoundsAndRank() {
    Tensor t = Tensor.zeros(2, 3);
    t.set(5f, 1, 2);
    assertThat(t.get(1, 2)).isEqualTo(5f);
    assertThatThrownBy(() -> t.get(1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("get: expected an index in [0, 3) on axis 1 of shape [2, 3], got 3");
    assertThatThrownBy(() -> t.set(1f, 2, 0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("set: expected an index in [0, 2) on axis 0 of shape [2, 3], got 2");
    assertThatThrownBy(() -> t.get(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("get: expected 2 indices for shape [2, 3], got [1]");
    assertThatThrownBy(() -> t.item())
        .hasMessage("item: expected a tensor of size 1, got shape [2, 3]");
  }

  @Test
  void copyDoesNotShareData() {
    Tensor t = Tensor.arange(6).reshape(2, 3);
    Tensor c = t.slice(1, 2).copy();
    c.set(0f, 0, 0);
    assertThat(t.get(1, 0)).isEqualTo(3f);
    assertThat(c.offset()).isZero();
  }

  @Test
  void equalsComparesShapeAndValuesNotStorage() {
    Tensor a = Tensor.arange(6).reshape(2, 3);
    Tensor b = Tensor.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, 8).slice(0, 6).reshape(2, 3);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.reshape(3, 2));
    assertThat(Tensor.arange(8).slice(2, 4)).isEqualTo(Tensor.of(new float[] {2, 3}, 2));
    assertThat(Tensor.full(Float.NaN, 2)).isEqualTo(Tensor.full(Float.NaN, 2));
  }

  @Test
  void fillSetsOnlyTheViewsElements() {
    Tensor t = Tensor.zeros(3, 2);
    t.slice(1, 2).fill(9f);
    assertThat(t.toArray()).containsExactly(0, 0, 9, 9, 0, 0);
  }
}
