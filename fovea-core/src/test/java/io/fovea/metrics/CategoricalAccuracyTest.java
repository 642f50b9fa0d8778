package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class CategoricalAccuracyTest {

  static final Tensor KERAS_PRED = Tensor.of(new float[][] {{0.1f, 0.9f, 0.8f}, {0.05f, 0.95f, 0}});

  @Test
  void matchesTheKerasDocumentationExample() {
    Metric m = new CategoricalAccuracy();
    m.update(Tensor.of(new float[][] {{0, 0, 1}, {0, 1, 0}}), KERAS_PRED);
    assertThat(m.result()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void weighsBatchesOfDifferentSizesBySamples() {
    Metric m = new CategoricalAccuracy("accuracy");
    // batch of 2 with 1 right, then batch of 4 with 4 right: 5 / 6, not (0.5 + 1) / 2
    m.update(Tensor.of(new float[][] {{0, 0, 1}, {0, 1, 0}}), KERAS_PRED);
    m.update(
        Tensor.of(new float[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}}),
        Tensor.of(new float[][] {{0.6f, 0.4f}, {0.3f, 0.7f}, {0.9f, 0.1f}, {0, 1}}));
    assertThat(m.result()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(m.name()).isEqualTo("accuracy");
  }

  @Test
  void rejectsIntegerLabelsWithAHint() {
    assertThatThrownBy(() -> new CategoricalAccuracy().update(Tensor.zeros(2), KERAS_PRED))
        .hasMessage(
            "categorical_accuracy: expected labels of shape [2, 3] (one-hot), got [2]. "
                + "Use sparse_categorical_accuracy for integer labels, or toCategorical(labels, 3).");
  }
}
