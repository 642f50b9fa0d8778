package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfTest {

  @Test
  void convertsEdgeValuesLikeIeee754() {
    assertThat(Half.fromFloat(65504f)).isEqualTo((short) 0x7bff);
    assertThat(Half.fromFloat(65520f)).as("rounds up to infinity").isEqualTo((short) 0x7c00);
    assertThat(Half.fromFloat(0x1p-24f)).as("smallest subnormal").isEqualTo((short) 1);
    assertThat(Half.fromFloat(0x1p-26f)).as("below half of it: zero").isEqualTo((short) 0);
    assertThat(Half.fromFloat(-0f)).isEqualTo((short) 0x8000);
    assertThat(Half.fromFloat(1f + 0x1p-11f)).as("tie to even").isEqualTo((short) 0x3c00);
    assertThat(Half.fromFloat(1f + 3 * 0x1p-11f)).as("tie to even, up").isEqualTo((short) 0x3c02);
    assertThat(Half.toFloat(0x0001)).isEqualTo(0x1p-24f);
    assertThat(Half.toFloat(0x3555)).isEqualTo(0.33325195f);
    assertThat(Half.toFloat(0xfc00)).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(Half.toFloat(Half.fromFloat(Float.NaN))).isNaN();
  }

  @Test
  void roundTripsEveryFiniteHalf() {
    for (int h = 0; h < 0x10000; h++) {
      if ((h & 0x7c00) == 0x7c00) {
        continue;
      }
      assertThat(Half.fromFloat(Half.toFloat(h)) & 0xffff).as("half 0x%04x", h).isEqualTo(h);
    }
  }
}
