package io.fovea.nn;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.activations.Activations;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializers;
import org.junit.jupiter.api.Test;

class WeightSettingsTest {

  @Test
  void defaultsAreKeras() {
    WeightSettings w = WeightSettings.defaults();
    assertThat(w.activationName()).isEqualTo("linear");
    assertThat(w.useBias()).isTrue();
    assertThat(w.kernelInitializer()).isEqualTo(Initializers.get("glorot_uniform"));
    assertThat(w.biasInitializer()).isEqualTo(Initializers.get("zeros"));
    assertThat(w.kernelConstraint()).isNull();
    assertThat(w.biasConstraint()).isNull();
  }

  @Test
  void aNullActivationIsLinearAndEqualSettingsAreEqual() {
    WeightSettings w = WeightSettings.defaults().withActivation((String) null);
    assertThat(w.activation()).isSameAs(Activations.get("linear"));
    assertThat(WeightSettings.defaults().withActivation("swish"))
        .isEqualTo(WeightSettings.defaults().withActivation(Activations.get("silu")));
  }

  @Test
  void eachWitherChangesOneSetting() {
    WeightSettings w =
        WeightSettings.defaults()
            .withActivation("relu")
            .withUseBias(false)
            .withKernelInitializer(Initializers.heNormal())
            .withBiasInitializer(Initializers.get("ones"))
            .withKernelConstraint(Constraints.maxNorm(3))
            .withBiasConstraint(Constraints.nonNeg());
    assertThat(w)
        .isEqualTo(
            new WeightSettings(
                Activations.get("relu"),
                false,
                Initializers.heNormal(),
                Initializers.get("ones"),
                Constraints.maxNorm(3),
                Constraints.nonNeg()));
  }

  @Test
  void theTypedAndKerasNamedSettersGiveTheSameConfig() {
    Dense named = new Dense(4).activation("tanh");
    Dense typed = new Dense(4).activation(Activations.get("tanh"));
    assertThat(typed.config()).isEqualTo(named.config());
    assertThat(new Conv2D(2, 3).useBias(false).config().weights().useBias()).isFalse();
    assertThat(new Conv1D(2, 3).activation("relu").activationName()).isEqualTo("relu");
  }
}
