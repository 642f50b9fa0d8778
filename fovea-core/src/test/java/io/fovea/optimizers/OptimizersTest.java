package io.fovea.optimizers;

import static io.fovea.optimizers.OptimizerTesting.parameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.nn.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizersTest {

  @Test
  void findsEachOptimiserByItsKerasNameIgnoringCase() {
    assertThat(Optimizers.get("sgd")).isInstanceOf(SGD.class);
    assertThat(Optimizers.get("SGD").learningRate()).isEqualTo(0.01f);
    assertThat(Optimizers.get("adam")).isInstanceOf(Adam.class);
    assertThat(Optimizers.get("Adam").learningRate()).isEqualTo(0.001f);
    assertThat(Optimizers.get("rmsprop")).isInstanceOf(RMSprop.class);
    assertThat(Optimizers.get("RMSprop")).isInstanceOf(RMSprop.class);
    assertThat(Optimizers.get("adagrad")).isInstanceOf(Adagrad.class);
    assertThat(Optimizers.get("adadelta")).isInstanceOf(Adadelta.class);
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    assertThatThrownBy(() -> Optimizers.get("adamw"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "optimizer: expected one of [sgd, adam, rmsprop, adagrad, adadelta], " + "got 'adamw'");
    assertThatThrownBy(() -> Optimizers.get(null)).hasMessageEndingWith("got null");
  }

  @Test
  void rebuildsEachOptimiserFromItsConfig() {
    List<Optimizer> optimizers =
        List.of(
            new SGD(0.05, 0.9, true),
            new Adam(0.002, 0.8, 0.99, 1e-6, true),
            new RMSprop(0.01, 0.8, 0.5, 1e-6, true),
            new Adagrad(0.02, 0.2, 1e-6),
            new Adadelta(0.5, 0.9, 1e-6));
    for (Optimizer o : optimizers) {
      Optimizer copy = Optimizers.fromConfig(o.config());
      assertThat(copy).isInstanceOf(o.getClass());
      assertThat(copy.config()).as(o.name()).isEqualTo(o.config());
    }
    assertThat(new SGD(0.05, 0.9, true).config())
        .containsEntry("learning_rate", 0.05)
        .containsEntry("nesterov", true);
  }

  @Test
  void rejectsAConfigValueOfTheWrongType() {
    assertThatThrownBy(() -> Optimizers.fromConfig(Map.of("name", "adam", "beta_1", "x")))
        .hasMessage("optimizer config: expected a number for 'beta_1', got 'x'");
  }

  @Test
  void updatesOnlyTheParametersItIsGivenAndCountsSteps() {
    // the model passes only trainable parameters; anything else is left alone
    Optimizer sgd = new SGD(0.1);
    Parameter trained = parameter(1);
    Parameter frozen = new Parameter("moving_mean", parameter(1).value(), false);
    trained.gradient().fill(1);
    frozen.gradient().fill(1);
    sgd.apply(List.of(trained));
    sgd.apply(List.of(trained));
    assertThat(trained.value().get(0)).isCloseTo(0.8f, within(1e-6f));
    assertThat(frozen.value().get(0)).isEqualTo(1f);
    assertThat(sgd.iterations()).isEqualTo(2);
  }
}
