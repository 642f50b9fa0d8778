package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class SparseCategoricalAccuracyTest {

  @Test
  void matchesTheKerasDocumentationExample() {
    Metric m = new SparseCategoricalAccuracy();
    m.update(Tensor.of(new float[] {2, 1}, 2, 1), CategoricalAccuracyTest.KERAS_PRED);
    assertThat(m.result()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void weighsBatchesOfDifferentSizesBySamples() {
    Metric m = new SparseCategoricalAccuracy();
    m.update(Tensor.of(new float[] {1}, 1), Tensor.of(new float[][] {{0.2f, 0.8f}}));
    m.update(
        Tensor.of(new float[] {0, 0, 1}, 3),
        Tensor.of(new float[][] {{0.2f, 0.8f}, {0.6f, 0.4f}, {0.6f, 0.4f}}));
    assertThat(m.result()).isCloseTo(2.0 / 4, within(1e-12));
  }
}
