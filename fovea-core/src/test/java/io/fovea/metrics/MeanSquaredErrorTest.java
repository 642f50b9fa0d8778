package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MeanSquaredErrorTest {

  @Test
  void matchesTheKerasDocumentationExample() {
    Metric m = new MeanSquaredError();
    m.update(Tensor.of(new float[][] {{0, 1}, {0, 0}}), Tensor.of(new float[][] {{1, 1}, {0, 0}}));
    assertThat(m.result()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void weighsBatchesBySamples() {
    Metric m = new MeanSquaredError("mse");
    // per-sample means 1 (batch of 1), then 0, 0, 4 (batch of 3): 5 / 4
    m.update(Tensor.of(new float[][] {{0, 0}}), Tensor.of(new float[][] {{1, -1}}));
    m.update(Tensor.zeros(3, 2), Tensor.of(new float[][] {{0, 0}, {0, 0}, {2, 2}}));
    assertThat(m.result()).isCloseTo(1.25, within(1e-12));
  }
}
