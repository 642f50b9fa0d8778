package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.BatchSource.Batch;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayFlowTest {

  /** n images 2x2x1 whose pixels all hold the sample's number, with labels 100 + number. */
  static Tensor[] numbered(int n) {
    Tensor x = Tensor.zeros(n, 2, 2, 1);
    Tensor y = Tensor.zeros(n, 1);
    for (int i = 0; i < n; i++) {
      x.index(i).fill(i);
      y.set(100 + i, i, 0);
    }
    return new Tensor[] {x, y};
  }

  private static List<Integer> pass(ArrayFlow f, int epoch) {
    List<Integer> seen = new ArrayList<>();
    for (int b = 0; b < f.batchesPerEpoch(); b++) {
      Batch batch = f.batch(epoch, b);
      for (int i = 0; i < batch.x().shape().dim(0); i++) {
        int sample = (int) batch.x().get(i, 1, 1, 0);
        assertThat(batch.y().get(i, 0)).isEqualTo(100f + sample);
        seen.add(sample);
      }
    }
    return seen;
  }

  @Test
  void eachPassVisitsEverySampleOnceInANewOrder() {
    Tensor[] d = numbered(23);
    ArrayFlow f = new ImageDataGenerator().flow(d[0], d[1], 5, true, 7);
    assertThat(f.batchesPerEpoch()).isEqualTo(5);
    List<Integer> first = pass(f, 0);
    List<Integer> second = pass(f, 1);
    assertThat(first).hasSize(23).doesNotHaveDuplicates();
    assertThat(second).hasSize(23).containsExactlyInAnyOrderElementsOf(first);
    assertThat(second).isNotEqualTo(first);
    assertThat(f.batch(0, 4).x().shape().dims()).containsExactly(3, 2, 2, 1);
  }

  @Test
  void withoutShuffleSamplesComeInOrder() {
    Tensor[] d = numbered(7);
    ArrayFlow f = new ImageDataGenerator().flow(d[0], d[1], 3, false, 1);
    assertThat(pass(f, 3)).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  @Test
  void subsetsTakeTheFirstFractionForValidation() {
    Tensor[] d = numbered(10);
    ImageDataGenerator gen = new ImageDataGenerator().validationSplit(0.3);
    ArrayFlow val =
        gen.flow(d[0], d[1], Flow.defaults().batchSize(4).shuffle(false).subset("validation"));
    ArrayFlow train =
        gen.flow(d[0], d[1], Flow.defaults().batchSize(4).shuffle(false).subset("training"));
    assertThat(pass(val, 0)).containsExactly(0, 1, 2);
    assertThat(pass(train, 0)).containsExactly(3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void rejectsImagesWithoutAChannelAxisWithAHint() {
    assertThatThrownBy(
            () -> new ImageDataGenerator().flow(Tensor.zeros(5, 28, 28), null, Flow.defaults()))
        .hasMessage(
            "flow: expected x of rank 4 [samples, height, width, "
                + "channels], got shape [5, 28, 28]. Add the channel axis: x.reshape(5, 28, 28, 1)");
    assertThatThrownBy(
            () ->
                new ImageDataGenerator()
                    .flow(Tensor.zeros(5, 2, 2, 1), Tensor.zeros(4), Flow.defaults()))
        .hasMessage(
            "flow: expected y with as many samples " + "as x (5), got shape [4] (x [5, 2, 2, 1])");
  }
}
