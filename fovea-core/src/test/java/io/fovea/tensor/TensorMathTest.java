package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TensorMathTest {

  private final Tensor a = Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
  private final Tensor b = Tensor.of(new float[][] {{2, 4, 6}, {8, 10, 12}});

  @Test
  void tensorTensorArithmeticMatchesHandValues() {
    assertThat(a.add(b).toArray()).containsExactly(3, 6, 9, 12, 15, 18);
    assertThat(b.sub(a).toArray()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(a.mul(b).toArray()).containsExactly(2, 8, 18, 32, 50, 72);
    assertThat(b.div(a).toArray()).containsExactly(2, 2, 2, 2, 2, 2);
    assertThat(a.toArray()).containsExactly(1, 2, 3, 4, 5, 6); // operands unchanged
  }

  @Test
  void tensorScalarArithmeticMatchesHandValues() {
    assertThat(a.add(1f).toArray()).containsExactly(2, 3, 4, 5, 6, 7);
    assertThat(a.sub(1f).toArray()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(a.mul(2f).toArray()).containsExactly(2, 4, 6, 8, 10, 12);
    assertThat(a.div(2f).toArray()).containsExactly(0.5f, 1, 1.5f, 2, 2.5f, 3);
    assertThat(a.map(v -> v * v).toArray()).containsExactly(1, 4, 9, 16, 25, 36);
    assertThat(a.clip(2f, 4f).toArray()).containsExactly(2, 2, 3, 4, 4, 4);
  }

  @Test
  void inPlaceVariantsWriteIntoThisTensorAndItsViews() {
    Tensor t = a.copy();
    assertThat(t.addInPlace(b)).isSameAs(t);
    assertThat(t.toArray()).containsExactly(3, 6, 9, 12, 15, 18);
    t.subInPlace(b).mulInPlace(b).divInPlace(b);
    assertThat(t).isEqualTo(a);
    t.scaleShiftInPlace(2f, 1f);
    assertThat(t.toArray()).containsExactly(3, 5, 7, 9, 11, 13);
    t.slice(1, 2).mapInPlace(v -> -v);
    assertThat(t.toArray()).containsExactly(3, 5, 7, -9, -11, -13);
    Tensor big = Tensor.ones(4, 3);
    big.slice(1, 3).addInPlace(a);
    assertThat(big.toArray()).containsExactly(1, 1, 1, 2, 3, 4, 5, 6, 7, 1, 1, 1);
  }

  @Test
  void inPlaceOperationsOnOverlappingViewsReadTheOriginalValues() {
    Tensor t = Tensor.arange(100).reshape(50, 2);
    t.slice(1, 50).addInPlace(t.slice(0, 49));
    for (int r = 1; r < 50; r++) {
      assertThat(t.get(r, 0)).as("row " + r).isEqualTo(2 * r + 2 * (r - 1));
    }
  }

  @Test
  void rejectsMismatchedShapesNamingBoth() {
    Tensor c = Tensor.zeros(3, 2);
    assertThatThrownBy(() -> a.add(c))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage("add: expected shape [2, 3], got [3, 2]")
        .satisfies(
            e -> {
              ShapeMismatchException m = (ShapeMismatchException) e;
              assertThat(m.expected()).isEqualTo(Shape.of(2, 3));
              assertThat(m.actual()).isEqualTo(Shape.of(3, 2));
            });
    assertThatThrownBy(() -> a.mulInPlace(c))
        .hasMessage("mulInPlace: expected shape [2, 3], got [3, 2]");
    assertThatThrownBy(() -> a.sub(null))
        .hasMessage("sub: expected a tensor of shape [2, 3], got null");
    assertThatThrownBy(() -> a.clip(1f, 0f))
        .hasMessage("clip: expected lo <= hi, got lo=1.0," + " hi=0.0");
  }

  @Test
  void largeTensorsTakeTheParallelKernelPath() {
    Tensor x = Tensor.randomUniform(Shape.of(300, 1000), -1f, 1f, 1);
    Tensor y = Tensor.randomUniform(Shape.of(300, 1000), -1f, 1f, 2);
    Tensor sum = x.add(y);
    for (int i = 0; i < x.size(); i += 997) {
      assertThat(sum.data()[i]).isEqualTo(x.data()[i] + y.data()[i]);
    }
  }

  @Test
  void matmulMatchesReferenceOnRandomShapes() {
    SplittableRandom random = new SplittableRandom(99);
    for (int trial = 0; trial < 20; trial++) {
      int m = 1 + random.nextInt(40);
      int k = 1 + random.nextInt(40);
      int n = 1 + random.nextInt(40);
      long seed = random.nextLong();
      Tensor x = Tensor.randomUniform(Shape.of(m, k), -1f, 1f, seed);
      Tensor y = Tensor.randomUniform(Shape.of(k, n), -1f, 1f, seed + 1);
      Tensor expected = Tensor.zeros(m, n);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int p = 0; p < k; p++) {
            s += (double) x.get(i, p) * y.get(p, j);
          }
          expected.set((float) s, i, j);
        }
      }
      assertThat(x.matmul(y).allClose(expected, 1e-5, 1e-5 * k))
          .as("seed " + seed + " shapes [" + m + ", " + k + "] x [" + k + ", " + n + "]")
          .isTrue();
    }
  }

  @Test
  void matmulRejectsIncompatibleShapes() {
    assertThatThrownBy(() -> a.matmul(a))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "matmul: expected shape [3, 3], got [2, 3]. The right operand needs as many"
                + " rows as the left [2, 3] has columns");
    assertThatThrownBy(() -> a.matmul(Tensor.zeros(3)))
        .hasMessage("matmul: expected a tensor of rank 2 [rows, cols], got shape [3]");
  }

  @Test
  void transposeSwapsAxes() {
    Tensor t = a.transpose();
    assertThat(t.shape()).isEqualTo(Shape.of(3, 2));
    assertThat(t.toArray()).containsExactly(1, 4, 2, 5, 3, 6);
    assertThat(t.transpose()).isEqualTo(a);
  }

  @Test
  void allCloseFollowsNumPy() {
    Tensor x = Tensor.of(new float[] {1f, 100f, Float.POSITIVE_INFINITY}, 3);
    Tensor y = Tensor.of(new float[] {1.00001f, 100.001f, Float.POSITIVE_INFINITY}, 3);
    assertThat(x.allClose(y, 1e-5, 1e-8)).isFalse();
    assertThat(x.allClose(y, 1e-4, 1e-8)).isTrue();
    assertThat(x.allClose(y.reshape(3, 1), 1, 1)).isFalse();
    assertThat(Tensor.full(Float.NaN, 1).allClose(Tensor.full(Float.NaN, 1), 1, 1)).isFalse();
    assertThatThrownBy(() -> x.allClose(y, -1, 0))
        .hasMessage("allClose: expected rtol >= 0 and atol >= 0, got rtol=-1.0, atol=0.0");
  }
}
