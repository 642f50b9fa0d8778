package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void oneHotEncodesAsKerasToCategorical() {
    Tensor t = Labels.toCategorical(new int[] {0, 2, 1, 2}, 4);
    assertThat(t.shape().dims()).containsExactly(4, 4);
    assertThat(t.toArray()).containsExactly(1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0);
    assertThat(Labels.argmax(t)).containsExactly(0, 2, 1, 2);
  }

  @Test
  void infersClassCountAsMaxPlusOneAndDropsTrailingUnitAxis() {
    assertThat(Labels.toCategorical(new int[] {3, 1}).shape().dims()).containsExactly(2, 4);
    Tensor column = Tensor.of(new float[] {1, 0, 2}, 3, 1);
    Tensor t = Labels.toCategorical(column);
    assertThat(t.shape().dims()).containsExactly(3, 3);
    assertThat(t.get(2, 2)).isEqualTo(1f);
  }

  @Test
  void rejectsLabelOutOfRangeNamingIt() {
    assertThatThrownBy(() -> Labels.toCategorical(new int[] {0, 5, 1}, 3))
        .hasMessage(
            "toCategorical: expected labels in [0, 3), got 5 at index 1. "
                + "Pass numClasses > 5 or fix the label");
    assertThatThrownBy(() -> Labels.toCategorical(Tensor.of(new float[] {0.5f}, 1), 2))
        .hasMessage("toCategorical: expected integer labels, got 0.5 at index 0");
  }

  @Test
  void argmaxTakesTheFirstOnTies() {
    assertThat(Labels.argmax(Tensor.of(new float[][] {{1, 3, 3}, {2, 2, 0}})))
        .containsExactly(1, 0);
  }

  @Test
  void encodesStringLabelsWithSortedClassesLikeScikitLearn() {
    List<String> labels = List.of("shirt", "dress", "shoe", "dress");
    LabelEncoder e = LabelEncoder.fit(labels);
    assertThat(e.classes()).containsExactly("dress", "shirt", "shoe");
    int[] codes = e.transform(labels);
    assertThat(codes).containsExactly(1, 0, 2, 0);
    assertThat(e.inverseTransform(codes)).isEqualTo(labels);
    assertThatThrownBy(() -> e.transform(List.of("hat")))
        .hasMessage("LabelEncoder: expected one of [dress, shirt, shoe], got 'hat' at index 0");
    assertThatThrownBy(() -> e.inverseTransform(new int[] {3}))
        .hasMessage("LabelEncoder: expected codes in [0, 3), got 3 at index 0");
  }

  @Test
  void interpMapsRangesAndClampsLikeNumpy() {
    Tensor x = Tensor.of(new float[] {-10, 0, 127.5f, 255, 300}, 5);
    Tensor y = Scaling.interp(x, new float[] {0, 255}, new float[] {-1, 1});
    assertThat(y.toArray()).containsExactly(-1, -1, 0, 1, 1);
    Tensor z =
        Scaling.interp(
            Tensor.of(new float[] {0.5f, 1.5f}, 2), new float[] {0, 1, 2}, new float[] {0, 10, 0});
    assertThat(z.toArray()).containsExactly(5, 5);
    assertThatThrownBy(() -> Scaling.interp(x, new float[] {1, 1}, new float[] {0, 1}))
        .hasMessage("interp: expected increasing xp, got xp[0] = 1.0 and xp[1] = 1.0");
  }

  @Test
  void rescaleMultiplies() {
    assertThat(Scaling.rescale(Tensor.of(new float[] {255, 0, 2}, 3), 0.5f).toArray())
        .containsExactly(127.5f, 0f, 1f);
  }

  @Test
  void topKGivesTheBestIndicesAndValuesLargestFirst() {
    Tensor p = Tensor.of(new float[] {0.1f, 0.6f, 0.3f, 0.5f, 0.2f, 0.3f}, 2, 3);
    List<List<Labels.ClassScore>> top = Labels.topK(p, 2);
    assertThat(top)
        .containsExactly(
            List.of(new Labels.ClassScore(1, 0.6f), new Labels.ClassScore(2, 0.3f)),
            List.of(new Labels.ClassScore(0, 0.5f), new Labels.ClassScore(2, 0.3f)));
    assertThat(Labels.topK(Tensor.of(new float[] {3, 1, 2}, 3), 5))
        .containsExactly(
            List.of(
                new Labels.ClassScore(0, 3),
                new Labels.ClassScore(2, 2),
                new Labels.ClassScore(1, 1)));
  }

  @Test
  void topKBreaksTiesByTheLowerIndex() {
    Tensor p = Tensor.of(new float[] {0.25f, 0.25f, 0.5f, 0.25f, 0f}, 1, 5);
    assertThat(Labels.topK(p, 3).get(0).stream().map(Labels.ClassScore::index))
        .containsExactly(2, 0, 1);
    assertThat(Labels.topK(Tensor.zeros(1, 4), 4).get(0).stream().map(Labels.ClassScore::index))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void topKAgreesWithSortingForManyClasses() {
    int c = 1000;
    float[] v = new float[c];
    java.util.Random random = new java.util.Random(12);
    for (int i = 0; i < c; i++) {
      v[i] = random.nextInt(50) / 50f;
    }
    Integer[] order = new Integer[c];
    java.util.Arrays.setAll(order, i -> i);
    java.util.Arrays.sort(order, (a, b) -> Float.compare(v[b], v[a]));
    List<Labels.ClassScore> top = Labels.topK(Tensor.of(v, 1, c), 7).get(0);
    for (int k = 0; k < 7; k++) {
      assertThat(top.get(k).index()).as("rank %d, seed 12", k).isEqualTo(order[k]);
    }
    assertThat(Labels.topK(Tensor.of(v, 1, c), 1).get(0).get(0).index())
        .isEqualTo(Labels.argmax(Tensor.of(v, 1, c))[0]);
  }

  @Test
  void topKRejectsBadArguments() {
    assertThatThrownBy(() -> Labels.topK(Tensor.zeros(2, 3), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topK: expected k >= 1, got 0");
    assertThatThrownBy(() -> Labels.topK(Tensor.zeros(2, 0), 1))
        .hasMessage(
            "topK: expected a tensor of rank >= 1 with a last axis of size >= 1, got "
                + Tensor.zeros(2, 0).shape());
  }
}
