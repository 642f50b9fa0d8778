package io.fovea.nn;

import static io.fovea.nn.MaxPooling2DTest.built;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import io.fovea.testing.LayerContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchNormalizationTest {

  @Test
  void meetsTheContractOnDenseOutputsInTrainingMode() {
    LayerContract.of(BatchNormalization::new, Shape.of(5))
        .batch(4)
        .expectOutputShape(Shape.of(5))
        .expectParams(20, Shape.of(5), Shape.of(5), Shape.of(5), Shape.of(5))
        .run();
  }

  @Test
  void meetsTheContractOnImagesInTrainingMode() {
    LayerContract.of(() -> new BatchNormalization().momentum(0.9), Shape.of(3, 3, 4))
        .expectOutputShape(Shape.of(3, 3, 4))
        .expectParams(16, Shape.of(4), Shape.of(4), Shape.of(4), Shape.of(4))
        .run();
  }

  @Test
  void meetsTheContractInInferenceMode() {
    LayerContract.of(
            () ->
                new BatchNormalization()
                    .gammaInitializer("random_normal")
                    .betaInitializer("random_uniform"),
            Shape.of(2, 3, 3))
        .gradientInInference()
        .run();
  }

  @Test
  void meetsTheContractWithoutCenterOrScale() {
    LayerContract.of(() -> new BatchNormalization().center(false), Shape.of(4))
        .expectParams(12, Shape.of(4), Shape.of(4), Shape.of(4))
        .run();
    LayerContract.of(() -> new BatchNormalization().scale(false).epsilon(0.01), Shape.of(2, 3))
        .expectParams(9, Shape.of(3), Shape.of(3), Shape.of(3))
        .run();
  }

  @Test
  void countsParametersAsKeras() {
    BatchNormalization bn = built(new BatchNormalization(), Shape.of(14, 14, 32));
    assertThat(bn.countParams()).isEqualTo(128);
    assertThat(bn.trainableParameters().stream().mapToInt(Parameter::size).sum()).isEqualTo(64);
    assertThat(bn.parameters().stream().map(Parameter::name))
        .containsExactly("gamma", "beta", "moving_mean", "moving_variance");
  }

  @Test
  void normalisesWithTheBatchStatisticsAndUpdatesTheMovingOnes() {
    BatchNormalization bn = built(new BatchNormalization(), Shape.of(2));
    Tensor x = Tensor.of(new float[] {1, 10, 2, 20, 3, 60, 6, 30}, 4, 2);
    Tensor y = bn.forward(x, true);
    double[] mean = {3, 30};
    double[] variance = {3.5, 350}; // biased: mean of squared deviations
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 2; c++) {
        double expected = (x.get(r, c) - mean[c]) / Math.sqrt(variance[c] + 1e-3);
        assertThat(y.get(r, c)).as("y[%d, %d]", r, c).isCloseTo((float) expected, within(1e-5f));
      }
    }
    List<Tensor> w = bn.getWeights();
    for (int c = 0; c < 2; c++) {
      assertThat(w.get(2).get(c)).isCloseTo((float) (0.01 * mean[c]), within(1e-5f));
      assertThat(w.get(3).get(c)).isCloseTo((float) (0.99 + 0.01 * variance[c]), within(1e-4f));
    }
  }

  @Test
  void usesTheMovingStatisticsAtInference() {
    BatchNormalization bn = built(new BatchNormalization().epsilon(0.01), Shape.of(1, 2));
    bn.setWeights(
        List.of(
            Tensor.of(new float[] {2, 3}, 2),
            Tensor.of(new float[] {1, -1}, 2),
            Tensor.of(new float[] {5, 0}, 2),
            Tensor.of(new float[] {3.99f, 0.24f}, 2)));
    Tensor y = bn.forward(Tensor.of(new float[] {7, 1}, 1, 1, 2), false);
    // (7 - 5) / sqrt(4) * 2 + 1 = 3 and (1 - 0) / sqrt(0.25) * 3 - 1 = 5
    assertThat(y.toArray()).usingComparatorWithPrecision(1e-5f).containsExactly(3f, 5f);
    assertThat(bn.getWeights().get(2).toArray()).containsExactly(5f, 0f);
  }

  @Test
  void aFrozenLayerRunsInInferenceModeAsKeras3() {
    BatchNormalization bn = built(new BatchNormalization(), Shape.of(3));
    bn.setTrainable(false);
    Tensor x = new Rng(5).uniform(Shape.of(4, 3), -2, 2);
    assertThat(bn.forward(x, true).toArray())
        .usingComparatorWithPrecision(1e-6f)
        .containsExactly(x.mul((float) (1 / Math.sqrt(1.001))).toArray());
    assertThat(bn.getWeights().get(2).toArray()).containsExactly(0f, 0f, 0f);
  }

  @Test
  void defaultsAreKeras() {
    BatchNormalization.Config c = new BatchNormalization().config();
    assertThat(c.statistics().axis()).isEqualTo(-1);
    assertThat(c.statistics().momentum()).isEqualTo(0.99);
    assertThat(c.statistics().epsilon()).isEqualTo(1e-3);
    assertThat(c.beta().enabled()).isTrue();
    assertThat(c.gamma().enabled()).isTrue();
    assertThat(c.gamma().initializer()).isEqualTo(Initializers.get("ones"));
    assertThat(c.statistics().movingVarianceInitializer()).isEqualTo(Initializers.get("ones"));
    assertThat(new BatchNormalization().defaultNamePrefix()).isEqualTo("batch_normalization");
  }

  @Test
  void acceptsTheLastAxisCountedWithTheBatch() {
    assertThat(built(new BatchNormalization().axis(3), Shape.of(4, 4, 2)).outputShape())
        .isEqualTo(Shape.of(4, 4, 2));
  }

  @Test
  void rejectsAnotherAxis() {
    BatchNormalization bn = new BatchNormalization().axis(1).name("bn");
    assertThatThrownBy(() -> bn.build(Shape.of(4, 4, 2), new Rng(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "BatchNormalization 'bn': expected axis -1 (the last, channels) or 3 for "
                + "input [4, 4, 2], got axis 1. Only channels-last normalisation is supported");
  }

  @Test
  void rejectsAnInputWithOtherChannelsAndBadSettings() {
    BatchNormalization bn = built(new BatchNormalization().name("bn"), Shape.of(8));
    assertThatThrownBy(() -> bn.forward(Tensor.zeros(2, 6), true))
        .hasMessage("BatchNormalization 'bn': expected input [batch, 8], got [2, 6]");
    assertThatThrownBy(() -> new BatchNormalization().momentum(1.5))
        .hasMessage("BatchNormalization: expected momentum in [0, 1], got 1.5");
    assertThatThrownBy(() -> bn.momentum(0.9)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void appliesItsConstraints() {
    BatchNormalization bn =
        built(new BatchNormalization().gammaConstraint(Constraints.nonNeg()), Shape.of(2));
    bn.setWeights(
        List.of(
            Tensor.of(new float[] {-1, 2}, 2), Tensor.zeros(2), Tensor.zeros(2), Tensor.ones(2)));
    bn.applyConstraints();
    assertThat(bn.getWeights().get(0).toArray()).containsExactly(0f, 2f);
  }

  @Test
  void reusesItsBuffersForTheSameBatchSize() {
    BatchNormalization bn = built(new BatchNormalization(), Shape.of(2, 2, 3));
    Tensor x = new Rng(3).uniform(Shape.of(4, 2, 2, 3), -1, 1);
    assertThat(bn.forward(x, true)).isSameAs(bn.forward(x, true));
    Tensor dy = new Rng(4).uniform(Shape.of(4, 2, 2, 3), -1, 1);
    assertThat(bn.backward(dy)).isSameAs(bn.backward(dy));
  }
}
