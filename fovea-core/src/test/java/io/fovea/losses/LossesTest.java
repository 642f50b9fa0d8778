package io.fovea.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LossesTest {

  @Test
  void findsEachLossByItsKerasNameAndAlias() {
    assertThat(Losses.get("mse")).isInstanceOf(MeanSquaredError.class);
    assertThat(Losses.get("mean_squared_error").name()).isEqualTo("mean_squared_error");
    assertThat(Losses.get("mae")).isInstanceOf(MeanAbsoluteError.class);
    assertThat(Losses.get("binary_crossentropy")).isInstanceOf(BinaryCrossentropy.class);
    assertThat(Losses.get("categorical_crossentropy")).isInstanceOf(CategoricalCrossentropy.class);
    assertThat(Losses.get("sparse_categorical_crossentropy"))
        .isInstanceOf(SparseCategoricalCrossentropy.class);
  }

  @Test
  void rejectsAnUnknownNameListingTheKnownOnes() {
    assertThatThrownBy(() -> Losses.get("categorical_crossentropyy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "loss: expected one of [mean_squared_error, mse, mean_absolute_error, mae, "
                + "binary_crossentropy, categorical_crossentropy, sparse_categorical_crossentropy], "
                + "got 'categorical_crossentropyy'");
    assertThatThrownBy(() -> Losses.get(null)).hasMessageEndingWith("got null");
  }
}
