package io.fovea.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.losses.BinaryCrossentropy;
import io.fovea.losses.Losses;
import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void accuracyFollowsTheLossAsKeras() {
    assertThat(Metrics.get("accuracy", Losses.get("binary_crossentropy")))
        .isInstanceOf(BinaryAccuracy.class);
    assertThat(Metrics.get("accuracy", Losses.get("categorical_crossentropy")))
        .isInstanceOf(CategoricalAccuracy.class);
    assertThat(Metrics.get("acc", Losses.get("sparse_categorical_crossentropy")))
        .isInstanceOf(SparseCategoricalAccuracy.class);
  }

  @Test
  void binaryAccuracyOfLogitsThresholdsAtZero() {
    Metric m = Metrics.get("accuracy", new BinaryCrossentropy(true));
    m.update(
        Tensor.of(new float[] {1, 0, 1}, 3, 1), Tensor.of(new float[] {0.2f, -3, -0.1f}, 3, 1));
    assertThat(m.result()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void keepsTheNameTheUserWrote() {
    assertThat(Metrics.get("acc", Losses.get("categorical_crossentropy")).name()).isEqualTo("acc");
    assertThat(Metrics.get("accuracy", Losses.get("binary_crossentropy")).name())
        .isEqualTo("accuracy");
    assertThat(Metrics.get("mse", null).name()).isEqualTo("mse");
    assertThat(Metrics.get("mae")).isInstanceOf(MeanAbsoluteError.class);
  }

  @Test
  void accuracyForAnotherLossIsChosenFromTheShapesAsKeras3() {
    Metric binary = Metrics.get("accuracy", Losses.get("mse"));
    binary.update(Tensor.of(new float[] {1, 0}, 2, 1), Tensor.of(new float[] {0.7f, 0.7f}, 2, 1));
    assertThat(binary.result()).isEqualTo(0.5);

    Metric sparse = Metrics.get("acc");
    sparse.update(Tensor.of(new float[] {1, 0}, 2), Tensor.of(new float[][] {{0, 1}, {0, 1}}));
    assertThat(sparse.result()).isEqualTo(0.5);
    sparse.reset();
    sparse.update(Tensor.of(new float[] {1}, 1), Tensor.of(new float[][] {{0, 1}}));
    assertThat(sparse.result()).isEqualTo(1.0);

    Metric categorical = Metrics.get("accuracy");
    categorical.update(
        Tensor.of(new float[][] {{0, 1}, {0, 1}}), Tensor.of(new float[][] {{0, 1}, {1, 0}}));
    assertThat(categorical.result()).isEqualTo(0.5);
    assertThat(categorical.name()).isEqualTo("accuracy");
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    assertThatThrownBy(() -> Metrics.get("accuarcy", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "metric: expected one of [accuracy, acc, binary_accuracy, "
                + "categorical_accuracy, sparse_categorical_accuracy, top_k_categorical_accuracy, "
                + "mean_squared_error, mse, mean_absolute_error, mae], got 'accuarcy'");
  }
}
