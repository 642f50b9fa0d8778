package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class BinaryAccuracyTest {

  @Test
  void matchesTheKerasDocumentationExample() {
    Metric m = new BinaryAccuracy();
    m.update(
        Tensor.of(new float[] {1, 1, 0, 0}, 4, 1),
        Tensor.of(new float[] {0.98f, 1, 0, 0.6f}, 4, 1));
    assertThat(m.result()).isCloseTo(0.75, within(1e-12));
    assertThat(m.name()).isEqualTo("binary_accuracy");
  }

  @Test
  void countsExactlyTheThresholdAsZeroAndAcceptsLabelsWithoutTheUnitAxis() {
    Metric m = new BinaryAccuracy();
    m.update(Tensor.of(new float[] {0, 1}, 2), Tensor.of(new float[] {0.5f, 0.51f}, 2, 1));
    assertThat(m.result()).isEqualTo(1.0);
  }

  @Test
  void averagesMultiLabelRowsThenSamplesAcrossBatches() {
    Metric m = new BinaryAccuracy("acc");
    // one sample, 1 of 2 outputs right: 0.5
    m.update(Tensor.of(new float[][] {{1, 0}}), Tensor.of(new float[][] {{0.9f, 0.9f}}));
    // three samples, all right: 3
    m.update(
        Tensor.of(new float[][] {{1, 0}, {0, 0}, {1, 1}}),
        Tensor.of(new float[][] {{0.9f, 0.1f}, {0.2f, 0.3f}, {0.7f, 0.6f}}));
    assertThat(m.result()).isCloseTo(3.5 / 4, within(1e-12));
    m.reset();
    assertThat(m.result()).isZero();
  }

  @Test
  void rejectsLabelsOfAnotherShape() {
    assertThatThrownBy(() -> new BinaryAccuracy().update(Tensor.zeros(3, 1), Tensor.zeros(4, 1)))
        .hasMessage(
            "binary_accuracy: expected labels of shape [4, 1] (as the predictions), "
                + "got [3, 1]");
  }
}
