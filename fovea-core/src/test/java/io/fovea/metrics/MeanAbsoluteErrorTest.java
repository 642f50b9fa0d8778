package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MeanAbsoluteErrorTest {

  @Test
  void matchesTheKerasDocumentationExample() {
    Metric m = new MeanAbsoluteError();
    m.update(Tensor.of(new float[][] {{0, 1}, {0, 0}}), Tensor.of(new float[][] {{1, 1}, {0, 0}}));
    assertThat(m.result()).isCloseTo(0.25, within(1e-12));
    assertThat(m.name()).isEqualTo("mean_absolute_error");
  }
}
