package io.fovea.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.tensor.Tensor;
import org.junit.jupiter.api.Test;

class Kernels2DTest {

  @Test
  void gaussianEqualsOpenCvsFormulaAndSumsToOne() {
    Tensor g = Kernels2D.gaussian1d(5, 1.0);
    double[] w = new double[5];
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      w[i] = Math.exp(-(i - 2) * (i - 2) / 2.0);
      sum += w[i];
    }
    for (int i = 0; i < 5; i++) {
      assertThat((double) g.get(i)).as("entry %d", i).isCloseTo(w[i] / sum, within(1e-7));
    }
    assertThat((double) g.get(2)).isCloseTo(0.40261994, within(1e-7));
    Tensor g2 = Kernels2D.gaussian(5, 1.0);
    assertThat((double) g2.sum()).isCloseTo(1.0, within(1e-6));
    assertThat(g2.get(1, 3)).isEqualTo(g.get(1) * g.get(3));
  }

  @Test
  void gaussianWithoutSigmaUsesOpenCvsDefaults() {
    assertThat(Kernels2D.gaussian1d(3, 0).toArray()).containsExactly(0.25f, 0.5f, 0.25f);
    assertThat(Kernels2D.gaussian1d(5, -1).toArray())
        .containsExactly(0.0625f, 0.25f, 0.375f, 0.25f, 0.0625f);
    double sigma = 0.3 * ((9 - 1) * 0.5 - 1) + 0.8;
    assertThat(Kernels2D.gaussian1d(9, 0)).isEqualTo(Kernels2D.gaussian1d(9, sigma));
  }

  @Test
  void namedKernelsHaveTheDocumentedValues() {
    assertThat(Kernels2D.sobelY()).isEqualTo(parse("[[-1,-2,-1],[0,0,0],[1,2,1]]"));
    assertThat(Kernels2D.prewittY()).isEqualTo(parse("[[-1,-1,-1],[0,0,0],[1,1,1]]"));
    assertThat(Kernels2D.verticalLine()).isEqualTo(parse("[[-1,2,-1],[-1,2,-1],[-1,2,-1]]"));
    assertThat(Kernels2D.darkSpot()).isEqualTo(parse("[[1,1,1],[1,-8,1],[1,1,1]]"));
    assertThat(Kernels2D.laplacian()).isEqualTo(parse("[[0,1,0],[1,-4,1],[0,1,0]]"));
    assertThat(Kernels2D.sharpen().sum()).isEqualTo(1f);
    assertThat(Kernels2D.boxBlur(3)).isEqualTo(Tensor.full(1f / 9, 3, 3));
    for (Tensor zeroSum :
        new Tensor[] {
          Kernels2D.sobelX(),
          Kernels2D.prewittX(),
          Kernels2D.horizontalLine(),
          Kernels2D.lightSpot()
        }) {
      assertThat(zeroSum.sum()).isZero();
    }
  }

  @Test
  void lineKernelsFindALineOfTheirOrientation() {
    Tensor line = Tensor.zeros(5, 5, 1).fillRegion(2, 3, 0, 5, 1f).reshape(5, 5);
    Tensor y = Filters.convolve2d(line, Kernels2D.horizontalLine());
    assertThat(y.index(1).toArray()).containsExactly(6, 6, 6);
    assertThat(Filters.convolve2d(line, Kernels2D.verticalLine()).max()).isZero();
  }

  @Test
  void parsesKernelText() {
    Tensor k = parse(" [ [1, 0,-1], [2,0,-2] ,[1,0,-1.5e0] ] ");
    assertThat(k).isEqualTo(Tensor.of(new float[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1.5f}}));
    assertThat(parse("[1,2,1]").shape().dims()).containsExactly(3);
  }

  @Test
  void rejectsBadKernelTextNamingThePosition() {
    assertThatThrownBy(() -> parse("[[1,0],[2,x]]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kernel text: expected a number, got 'x' at character 11 in '[[1,0],[2,x]]'");
    assertThatThrownBy(() -> parse("[[1,0],[2,0,1]]"))
        .hasMessage(
            "kernel text: expected every row to have 2 values, got 3 in row 2 at"
                + " character 8 of '[[1,0],[2,0,1]]'");
    assertThatThrownBy(() -> parse("[[1,0],[2,0]"))
        .hasMessage("kernel text: expected ',' or ']', got the end of the text in '[[1,0],[2,0]'");
    assertThatThrownBy(() -> parse("[[1,0]] x"))
        .hasMessage(
            "kernel text: expected the end of the text, got 'x' at character 9 in"
                + " '[[1,0]] x'");
    assertThatThrownBy(() -> parse(""))
        .hasMessage("kernel text: expected a kernel such as [[1,0,-1],[2,0,-2],[1,0,-1]], got ''");
    assertThatThrownBy(() -> Kernels2D.gaussian(0, 1))
        .hasMessage("gaussian: expected a kernel size >= 1, got 0");
  }

  private static Tensor parse(String text) {
    return Kernels2D.parse(text);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
