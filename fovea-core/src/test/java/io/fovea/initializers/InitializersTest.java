package io.fovea.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InitializersTest {

  private static final long SEED = 77L;

  @Test
  void computesFansAsKerasDoes() {
    assertThat(Fans.of(Shape.of(784, 512))).isEqualTo(new Fans(784, 512));
    assertThat(Fans.of(Shape.of(3, 3, 32, 64))).isEqualTo(new Fans(288, 576));
    assertThat(Fans.of(Shape.of(5, 1, 16))).isEqualTo(new Fans(5, 80));
    assertThat(Fans.of(Shape.of(10))).isEqualTo(new Fans(10, 10));
    assertThat(Fans.of(Shape.scalar())).isEqualTo(new Fans(1, 1));
  }

  @Test
  void glorotUniformIsBoundedBySqrtSixOverFanSum() {
    double limit = Math.sqrt(6.0 / (784 + 512));
    Stats s = draw("glorot_uniform", Shape.of(784, 512));
    assertThat(s.maxAbs).isLessThanOrEqualTo(limit);
    assertThat(s.maxAbs).isGreaterThan(0.99 * limit);
    assertThat(s.std).isCloseTo(limit / Math.sqrt(3), within(0.01 * limit));
    assertThat(s.mean).isCloseTo(0, within(0.005 * limit));
  }

  @Test
  void normalFamiliesHaveKerasVarianceAndAreTruncatedAtTwoDeviations() {
    checkTruncated("glorot_normal", Shape.of(784, 512), 2.0 / (784 + 512));
    checkTruncated("he_normal", Shape.of(3, 3, 32, 64), 2.0 / 288);
    checkTruncated("lecun_normal", Shape.of(3, 3, 32, 64), 1.0 / 288);
  }

  @Test
  void uniformFamiliesUseFanIn() {
    Stats he = draw("he_uniform", Shape.of(3, 3, 32, 64));
    assertThat(he.maxAbs)
        .isLessThanOrEqualTo(Math.sqrt(6.0 / 288))
        .isGreaterThan(0.99 * Math.sqrt(6.0 / 288));
    Stats lecun = draw("lecun_uniform", Shape.of(300, 200));
    assertThat(lecun.maxAbs)
        .isLessThanOrEqualTo(Math.sqrt(3.0 / 300))
        .isGreaterThan(0.99 * Math.sqrt(3.0 / 300));
  }

  @Test
  void randomInitializersUseKerasDefaults() {
    Stats normal = draw("random_normal", Shape.of(400, 250));
    assertThat(normal.std).isCloseTo(0.05, within(0.0005));
    assertThat(normal.mean).isCloseTo(0, within(0.0005));
    Stats uniform = draw("random_uniform", Shape.of(400, 250));
    assertThat(uniform.maxAbs).isLessThanOrEqualTo(0.05).isGreaterThan(0.0499);
    Stats truncated = draw("truncated_normal", Shape.of(400, 250));
    assertThat(truncated.maxAbs).isLessThanOrEqualTo(0.1 + 1e-7);
    assertThat(truncated.std).isCloseTo(0.05 * VarianceScaling.TRUNCATED_STD, within(0.0005));
  }

  @Test
  void constantsFillWithoutDrawing() {
    assertThat(draw("zeros", Shape.of(3, 2)).maxAbs).isZero();
    assertThat(Initializers.get("ones").create(Shape.of(2), new Rng(1)).toArray())
        .containsExactly(1f, 1f);
    assertThat(new Constant(0.5).create(Shape.of(2), new Rng(1)).toArray())
        .containsExactly(0.5f, 0.5f);
    assertThat(new Constant(0.5).config()).isEqualTo(Map.of("value", 0.5));
  }

  @Test
  void sameSeedGivesSameWeights() {
    for (String name : Initializers.names()) {
      Tensor a = Initializers.get(name).create(Shape.of(4, 3), new Rng(SEED));
      Tensor b = Initializers.get(name).create(Shape.of(4, 3), new Rng(SEED));
      assertThat(a).as(name).isEqualTo(b);
    }
  }

  @Test
  void namesAndClassNamesFollowKeras() {
    for (String name : Initializers.names()) {
      // Keras's Constant() defaults to 0, which is the same initializer as zeros.
      String expected = name.equals("constant") ? "zeros" : name;
      assertThat(Initializers.get(name).name()).isEqualTo(expected);
      assertThat(Initializers.get(name)).isEqualTo(Initializers.get(name));
    }
    assertThat(Initializers.get("glorot_uniform").className()).isEqualTo("GlorotUniform");
    assertThat(Initializers.get("he_normal").className()).isEqualTo("HeNormal");
    assertThat(new VarianceScaling(0.5, "fan_out", "uniform").name()).isEqualTo("variance_scaling");
  }

  @Test
  void rejectsAnUnknownName() {
    assertThatThrownBy(() -> Initializers.get("glorot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "initializer: expected one of [glorot_uniform, glorot_normal, he_normal, "
                + "he_uniform, lecun_normal, lecun_uniform, zeros, ones, constant, random_normal, "
                + "random_uniform, truncated_normal], got 'glorot'");
    assertThatThrownBy(() -> new VarianceScaling(1, "fan_sum", "uniform"))
        .hasMessage("VarianceScaling: expected mode fan_in, fan_out or fan_avg, got 'fan_sum'");
  }

  private static void checkTruncated(String name, Shape shape, double variance) {
    Stats s = draw(name, shape);
    double untruncatedStd = Math.sqrt(variance) / VarianceScaling.TRUNCATED_STD;
    assertThat(s.std).as(name).isCloseTo(Math.sqrt(variance), within(0.015 * Math.sqrt(variance)));
    assertThat(s.maxAbs).as(name).isLessThanOrEqualTo(2 * untruncatedStd * (1 + 1e-6));
    assertThat(s.maxAbs).as(name).isGreaterThan(1.95 * untruncatedStd);
  }

  private static Stats draw(String name, Shape shape) {
    Tensor w = Initializers.get(name).create(shape, new Rng(SEED));
    double sum = 0;
    double sq = 0;
    double maxAbs = 0;
    for (float v : w.toArray()) {
      sum += v;
      sq += (double) v * v;
      maxAbs = Math.max(maxAbs, Math.abs(v));
    }
    double mean = sum / w.size();
    return new Stats(mean, Math.sqrt(sq / w.size() - mean * mean), maxAbs);
  }

  private record Stats(double mean, double std, double maxAbs) {}
}
