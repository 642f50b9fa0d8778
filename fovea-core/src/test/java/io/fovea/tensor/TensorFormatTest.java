package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TensorFormatTest {

  @Test
  void printsSmallTensorsInFull() {
    assertThat(Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}}))
        .hasToString("Tensor[2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]");
    assertThat(Tensor.arange(3)).hasToString("Tensor[3] [0.0, 1.0, 2.0]");
    assertThat(Tensor.scalar(1.5f)).hasToString("Tensor[] 1.5");
    assertThat(Tensor.zeros(0, 2)).hasToString("Tensor[0, 2] []");
    assertThat(Tensor.arange(8).reshape(2, 2, 2))
        .hasToString("Tensor[2, 2, 2] [[[0.0, 1.0], [2.0, 3.0]], [[4.0, 5.0], [6.0, 7.0]]]");
  }

  @Test
  void printsAViewsOwnValues() {
    assertThat(Tensor.arange(6).reshape(3, 2).slice(1, 3))
        .hasToString("Tensor[2, 2] [[2.0, 3.0], [4.0, 5.0]]");
  }

  @Test
  void summarisesLargeTensorsWithEdgeItems() {
    assertThat(Tensor.arange(1001))
        .hasToString("Tensor[1001] [0.0, 1.0, 2.0, ..., 998.0, 999.0, 1000.0]");
    String s = Tensor.arange(40 * 30).reshape(40, 30).toString();
    assertThat(s)
        .startsWith(
            "Tensor[40, 30] [[0.0, 1.0, 2.0, ..., 27.0, 28.0, 29.0], "
                + "[30.0, 31.0, 32.0, ..., 57.0, 58.0, 59.0], [60.0,");
    assertThat(s).contains("89.0], ..., [1110.0, 1111.0, 1112.0");
    assertThat(s).endsWith("1197.0, 1198.0, 1199.0]]");
    assertThat(Tensor.arange(1000).toString()).doesNotContain("...");
  }
}
