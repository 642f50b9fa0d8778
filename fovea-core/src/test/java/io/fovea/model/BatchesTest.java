package io.fovea.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class BatchesTest {

  /** Samples 1..4 of {@code [5, 2]} holding {@code 0..9}: a view at offset 2, as a split gives. */
  private static Tensor source() {
    return Tensor.arange(10).reshape(5, 2).slice(1, 5);
  }

  @Test
  void gatherCopiesTheOrderedSamplesIntoOneReusedBuffer() {
    Batches batches = new Batches(source());
    int[] order = {3, 1, 0, 2};
    Tensor first = batches.gather(order, 0, 2);
    assertThat(first.toArray()).containsExactly(8, 9, 4, 5);
    Tensor second = batches.gather(order, 2, 4);
    assertThat(second).isSameAs(first);
    assertThat(second.toArray()).containsExactly(2, 3, 6, 7);
  }

  @Test
  void rangeCopiesConsecutiveSamplesAndNewBufferOnlyForANewBatchSize() {
    Batches batches = new Batches(source());
    Tensor two = batches.range(1, 3);
    assertThat(two.toArray()).containsExactly(4, 5, 6, 7);
    assertThat(batches.range(2, 4)).isSameAs(two);
    Tensor last = batches.range(3, 4);
    assertThat(last).isNotSameAs(two);
    assertThat(last.toArray()).containsExactly(8, 9);
  }
}
