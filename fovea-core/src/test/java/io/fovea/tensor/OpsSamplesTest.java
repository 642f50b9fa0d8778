package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Ops#copySamples} and {@link Ops#gatherSamples}: whole samples along axis 0. */
class OpsSamplesTest {

  /** {@code [n, 2, 2]} with sample {@code i} holding {@code 4i .. 4i + 3}. */
  private static Tensor samples(int n) {
    return Tensor.arange(4 * n).reshape(n, 2, 2);
  }

  @Test
  void copySamplesMovesARangeIntoARange() {
    Tensor dst = Tensor.zeros(3, 2, 2);
    assertThat(Ops.copySamples(samples(4), 1, 2, dst, 1)).isSameAs(dst);
    assertThat(dst.toArray()).containsExactly(0, 0, 0, 0, 4, 5, 6, 7, 8, 9, 10, 11);
  }

  @Test
  void copySamplesReadsAndWritesViewsAtTheirOffsets() {
    Tensor src = samples(5).slice(2, 4);
    Tensor whole = Tensor.full(-1f, 4, 2, 2);
    Ops.copySamples(src, 1, 1, whole.slice(1, 3), 1);
    assertThat(whole.index(2).toArray()).containsExactly(12, 13, 14, 15);
    assertThat(whole.index(1).toArray()).containsExactly(-1, -1, -1, -1);
    assertThat(whole.index(3).toArray()).containsExactly(-1, -1, -1, -1);
  }

  @Test
  void gatherSamplesFollowsTheOrder() {
    Tensor dst = Tensor.zeros(2, 2, 2);
    int[] order = {3, 0, 2, 1};
    assertThat(Ops.gatherSamples(samples(4), order, 1, 3, dst)).isSameAs(dst);
    assertThat(dst.toArray()).containsExactly(0, 1, 2, 3, 8, 9, 10, 11);
  }

  @Test
  void gatherSamplesReadsAViewAndWritesAView() {
    Tensor src = samples(4).slice(1, 4);
    Tensor whole = Tensor.zeros(3, 2, 2);
    Ops.gatherSamples(src, new int[] {2, 0}, 0, 2, whole.slice(1, 3));
    assertThat(whole.toArray()).containsExactly(0, 0, 0, 0, 12, 13, 14, 15, 4, 5, 6, 7);
  }

  @Test
  void rejectsPerSampleShapesThatDiffer() {
    assertThatThrownBy(() -> Ops.copySamples(samples(4), 0, 1, Tensor.zeros(3, 4), 0))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "copySamples dst: expected shape [3, 2, 2], got [3, 4]. The samples of src [4, 2, 2]"
                + " must have dst's shape after axis 0");
    assertThatThrownBy(
            () -> Ops.gatherSamples(samples(4), new int[] {0}, 0, 1, Tensor.zeros(1, 2, 3)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessageStartingWith("gatherSamples dst: expected shape [1, 2, 2], got [1, 2, 3]");
    assertThatThrownBy(() -> Ops.copySamples(Tensor.scalar(1f), 0, 0, Tensor.zeros(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("copySamples: expected src of rank >= 1 [samples, ...], got shape []");
    assertThatThrownBy(() -> Ops.copySamples(samples(1), 0, 1, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("copySamples: expected dst of rank >= 1 [samples, ...], got null");
  }

  @Test
  void copySamplesRejectsRangesOutsideEitherTensor() {
    Tensor dst = Tensor.zeros(2, 2, 2);
    assertThatThrownBy(() -> Ops.copySamples(samples(4), 3, 2, dst, 0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "copySamples: expected 2 samples from src index 3 to fit in src [4, 2, 2]"
                + " (0 <= from <= 2), got 3");
    assertThatThrownBy(() -> Ops.copySamples(samples(4), 0, 2, dst, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "copySamples: expected 2 samples from dst index 1 to fit in dst [2, 2, 2]"
                + " (0 <= dstFrom <= 0), got 1");
    assertThatThrownBy(() -> Ops.copySamples(samples(4), 0, -1, dst, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("copySamples: expected count >= 0, got -1");
  }

  @Test
  void gatherSamplesRejectsBadOrdersAndBatchSizes() {
    Tensor src = samples(3);
    assertThatThrownBy(() -> Ops.gatherSamples(src, new int[] {0, 3}, 0, 2, Tensor.zeros(2, 2, 2)))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "gatherSamples: expected sample indices in [0, 3) for src [3, 2, 2], got order[1] = 3");
    assertThatThrownBy(() -> Ops.gatherSamples(src, new int[] {0, 1}, 1, 3, Tensor.zeros(2, 2, 2)))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage(
            "gatherSamples: expected 0 <= from <= to <= 2 (the order's length), got from=1, to=3");
    assertThatThrownBy(() -> Ops.gatherSamples(src, new int[] {0, 1}, 0, 2, Tensor.zeros(3, 2, 2)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage("gatherSamples dst: expected shape [2, 2, 2], got [3, 2, 2]");
    assertThatThrownBy(() -> Ops.gatherSamples(src, null, 0, 0, Tensor.zeros(0, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gatherSamples: expected an order, got null");
  }
}
