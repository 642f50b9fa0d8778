package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class TopKCategoricalAccuracyTest {

  private static final Tensor LABELS = Tensor.of(new float[][] {{0, 0, 1}, {0, 1, 0}});

  @Test
  void matchesTheKerasDocumentationExampleWithKOne() {
    Metric m = new TopKCategoricalAccuracy("top_k_categorical_accuracy", 1);
    m.update(LABELS, CategoricalAccuracyTest.KERAS_PRED);
    assertThat(m.result()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void countsTheLabelAmongTheTwoLargest() {
    Metric m = new TopKCategoricalAccuracy("top2", 2);
    m.update(LABELS, CategoricalAccuracyTest.KERAS_PRED);
    assertThat(m.result()).isEqualTo(1.0);
    assertThat(m.name()).isEqualTo("top2");
  }

  @Test
  void rejectsKBelowOne() {
    assertThatThrownBy(() -> new TopKCategoricalAccuracy("top", 0))
        .hasMessage("top: expected k >= 1, got 0");
  }
}
