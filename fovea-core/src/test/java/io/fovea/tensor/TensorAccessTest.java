package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounds-checked doors to a tensor's storage: flat element access and bulk copies. */
class TensorAccessTest {

  /** Row 1 of {@code [[0, 1, 2], [3, 4, 5], [6, 7, 8]]}: a view at offset 3 of a shared array. */
  private static Tensor middleRow(Tensor whole) {
    return whole.index(1);
  }

  @Test
  void getFlatReadsRowMajorFromAViewsOffset() {
    Tensor whole = Tensor.arange(9).reshape(3, 3);
    Tensor row = middleRow(whole);
    assertThat(row.offset()).isEqualTo(3);
    assertThat(row.getFlat(0)).isEqualTo(3f);
    assertThat(row.getFlat(2)).isEqualTo(5f);
    assertThat(whole.getFlat(7)).isEqualTo(whole.get(2, 1)).isEqualTo(7f);
  }

  @Test
  void setFlatWritesThroughAViewOnly() {
    Tensor whole = Tensor.arange(9).reshape(3, 3);
    assertThat(middleRow(whole).setFlat(1, -1f).toArray()).containsExactly(3, -1, 5);
    assertThat(whole.toArray()).containsExactly(0, 1, 2, 3, -1, 5, 6, 7, 8);
  }

  @Test
  void flatAccessRejectsIndicesOutsideTheView() {
    Tensor row = middleRow(Tensor.arange(9).reshape(3, 3));
    assertThatThrownBy(() -> row.getFlat(3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("getFlat: expected an index in [0, 3) for [3], got 3");
    assertThatThrownBy(() -> row.setFlat(-1, 0f))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("setFlat: expected an index in [0, 3) for [3], got -1");
    assertThatThrownBy(() -> Tensor.zeros(0, 2).getFlat(0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("getFlat: expected an index in [0, 0) for [0, 2], got 0");
  }

  @Test
  void copyToWritesTheViewsValuesAtTheOffset() {
    Tensor row = middleRow(Tensor.arange(9).reshape(3, 3));
    float[] dst = {9, 9, 9, 9, 9};
    row.copyTo(dst, 1);
    assertThat(dst).containsExactly(9, 3, 4, 5, 9);
    row.copyTo(dst, 2);
    assertThat(dst).containsExactly(9, 3, 3, 4, 5);
  }

  @Test
  void copyFromFillsTheViewAndNothingElse() {
    Tensor whole = Tensor.zeros(3, 2);
    Tensor back = whole.index(2).copyFrom(new float[] {7, 1, 2, 7}, 1);
    assertThat(back.toArray()).containsExactly(1, 2);
    assertThat(whole.toArray()).containsExactly(0, 0, 0, 0, 1, 2);
  }

  @Test
  void copiesRejectRangesThatDoNotFit() {
    Tensor row = middleRow(Tensor.arange(9).reshape(3, 3));
    assertThatThrownBy(() -> row.copyTo(new float[5], 3))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "copyTo: expected dstOffset in [0, 2] for 3 values of shape [3] in dst of length 5,"
                + " got 3");
    assertThatThrownBy(() -> row.copyFrom(new float[5], -1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "copyFrom: expected srcOffset in [0, 2] for 3 values of shape [3] in src of length 5,"
                + " got -1");
    assertThatThrownBy(() -> row.copyFrom(new float[2], 0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("copyFrom: expected src of length >= 3 for shape [3], got length 2");
    assertThatThrownBy(() -> row.copyTo(null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("copyTo: expected an array dst, got null");
  }

  @Test
  void emptyTensorsCopyNothing() {
    float[] dst = {4};
    Tensor.zeros(0, 3).copyTo(dst, 1);
    Tensor.zeros(0).copyFrom(new float[0], 0);
    assertThat(dst).containsExactly(4);
  }
}
