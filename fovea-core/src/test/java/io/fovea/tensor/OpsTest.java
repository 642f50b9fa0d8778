package io.fovea.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Each operation of {@link Ops} against a plain loop on random shapes, and its shape errors. The
 * suite runs once on each kernel path, so both are held to the same references.
 */
class OpsTest {

  private static final long SEED = 20261202L;
  private final SplittableRandom random = new SplittableRandom(SEED);

  private Tensor random(int... dims) {
    Tensor t = Tensor.zeros(dims);
    for (int i = 0; i < t.size(); i++) {
      t.data()[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return t;
  }

  private int dim(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  private static void assertClose(Tensor actual, float[] expected) {
    float[] a = actual.toArray();
    assertThat(a).as("size, seed %d", SEED).hasSize(expected.length);
    for (int i = 0; i < a.length; i++) {
      double tol = 1e-4 * Math.max(1, Math.abs(expected[i]));
      assertThat((double) a[i])
          .as("element %d, seed %d", i, SEED)
          .isCloseTo(expected[i], offset(tol));
    }
  }

  private static org.assertj.core.data.Offset<Double> offset(double tol) {
    return org.assertj.core.data.Offset.offset(tol);
  }

  @Test
  void matrixProductsMatchPlainLoops() {
    for (int trial = 0; trial < 5; trial++) {
      int m = dim(1, 19);
      int k = dim(1, 17);
      int n = dim(1, 21);
      Tensor a = random(m, k);
      Tensor b = random(k, n);
      float[] ab = new float[m * n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double s = 0;
          for (int p = 0; p < k; p++) {
            s += a.get(i, p) * b.get(p, j);
          }
          ab[i * n + j] = (float) s;
        }
      }
      assertClose(Ops.matmul(a, b, Tensor.zeros(m, n)), ab);
      // a^T (a b) accumulated onto ones, and (a b) b^T.
      Tensor c = Tensor.wrap(ab.clone(), m, n);
      float[] atc = new float[k * n];
      float[] cbt = new float[m * k];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          for (int p = 0; p < k; p++) {
            atc[p * n + j] += a.get(i, p) * c.get(i, j);
            cbt[i * k + p] += c.get(i, j) * b.get(p, j);
          }
        }
      }
      for (int i = 0; i < atc.length; i++) {
        atc[i] += 1;
      }
      assertClose(Ops.matmulTransposeA(a, c, Tensor.ones(k, n), true), atc);
      assertClose(Ops.matmulTransposeB(c, b, Tensor.ones(m, k), false), cbt);
    }
  }

  @Test
  void matrixProductsNameTheOpAndBothShapes() {
    assertThatThrownBy(() -> Ops.matmul(Tensor.zeros(2, 3), Tensor.zeros(4, 5), Tensor.zeros(2, 5)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage(
            "matmul right operand: expected shape [3, 5], got [4, 5]."
                + " It needs as many rows as the left [2, 3] has columns");
    assertThatThrownBy(() -> Ops.matmul(Tensor.zeros(2, 3), Tensor.zeros(3, 5), Tensor.zeros(5, 2)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage("matmul output: expected shape [2, 5], got [5, 2]");
    assertThatThrownBy(
            () ->
                Ops.matmulTransposeA(
                    Tensor.zeros(4, 3), Tensor.zeros(5, 2), Tensor.zeros(3, 2), true))
        .hasMessage(
            "matmulTransposeA right operand: expected shape [4, 2], got [5, 2]."
                + " Both operands need the same rows");
  }

  @Test
  void biasActivationAndItsBackwardMatchTheFormulas() {
    int rows = dim(1, 9);
    int cols = dim(1, 37);
    Tensor x = random(rows, cols);
    Tensor bias = random(cols);
    for (FusedActivation act : FusedActivation.values()) {
      float[] y = new float[rows * cols];
      float[] dx = new float[rows * cols];
      Tensor dy = random(rows, cols);
      for (int i = 0; i < y.length; i++) {
        double z = x.data()[i] + bias.data()[i % cols];
        double v =
            switch (act) {
              case LINEAR -> z;
              case RELU -> Math.max(z, 0);
              case SIGMOID -> 1 / (1 + Math.exp(-z));
              case TANH -> Math.tanh(z);
            };
        y[i] = (float) v;
        double slope =
            switch (act) {
              case LINEAR -> 1;
              case RELU -> y[i] > 0 ? 1 : 0;
              case SIGMOID -> y[i] * (1 - y[i]);
              case TANH -> 1 - y[i] * y[i];
            };
        dx[i] = (float) (dy.data()[i] * slope);
      }
      Tensor out = Ops.biasActivation(x, bias, act, Tensor.zeros(rows, cols));
      assertClose(out, y);
      assertClose(Ops.activationBackward(act, out, dy, Tensor.zeros(rows, cols)), dx);
    }
    assertThatThrownBy(() -> Ops.biasActivation(x, Tensor.zeros(cols + 1), FusedActivation.RELU, x))
        .hasMessage("biasActivation bias: expected shape [" + cols + "], got [" + (cols + 1) + "]");
  }

  @Test
  void biasGradientSumsTheRowsOntoWhatItHolds() {
    Tensor dy = random(3, 2, 5);
    float[] expected = new float[5];
    for (int i = 0; i < dy.size(); i++) {
      expected[i % 5] += dy.data()[i];
    }
    for (int j = 0; j < 5; j++) {
      expected[j] += 2;
    }
    assertClose(Ops.biasGradient(dy, Tensor.full(2f, 5)), expected);
  }

  @Test
  void softmaxAndItsBackwardMatchTheFormulas() {
    int rows = dim(1, 6);
    int cols = dim(1, 20);
    Tensor x = random(rows, cols);
    Tensor dy = random(rows, cols);
    float[] y = new float[rows * cols];
    float[] dx = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < cols; j++) {
        max = Math.max(max, x.get(r, j));
      }
      double sum = 0;
      for (int j = 0; j < cols; j++) {
        sum += Math.exp(x.get(r, j) - max);
      }
      double dot = 0;
      for (int j = 0; j < cols; j++) {
        y[r * cols + j] = (float) (Math.exp(x.get(r, j) - max) / sum);
        dot += y[r * cols + j] * dy.get(r, j);
      }
      for (int j = 0; j < cols; j++) {
        dx[r * cols + j] = (float) (y[r * cols + j] * (dy.get(r, j) - dot));
      }
    }
    Tensor out = Ops.softmax(x, Tensor.zeros(rows, cols));
    assertClose(out, y);
    assertClose(Ops.softmaxBackward(out, dy, Tensor.zeros(rows, cols)), dx);
  }

  @Test
  void convolutionAndBothGradientsMatchPlainLoops() {
    for (int trial = 0; trial < 4; trial++) {
      int b = dim(1, 3);
      int h = dim(3, 9);
      int w = dim(3, 9);
      int c = dim(1, 4);
      int o = dim(1, 5);
      int kh = dim(1, 3);
      int kw = dim(1, 3);
      int s = dim(1, 2);
      Padding padding = trial % 2 == 0 ? Padding.SAME : Padding.VALID;
      SlidingWindow win = SlidingWindow.of(kh, kw, s, s, padding, h, w);
      int oh = win.outputHeight(h);
      int ow = win.outputWidth(w);
      assertThat(oh).isEqualTo(padding.outputLength(h, kh, s));
      Tensor x = random(b, h, w, c);
      Tensor k = random(kh, kw, c, o);
      Tensor bias = random(o);
      Tensor dy = random(b, oh, ow, o);
      float[] y = new float[b * oh * ow * o];
      float[] dx = new float[x.size()];
      float[] dk = new float[k.size()];
      float[] db = new float[o];
      for (int n = 0; n < b; n++) {
        for (int oy = 0; oy < oh; oy++) {
          for (int ox = 0; ox < ow; ox++) {
            for (int f = 0; f < o; f++) {
              int at = ((n * oh + oy) * ow + ox) * o + f;
              double sum = bias.data()[f];
              db[f] += dy.data()[at];
              for (int ky = 0; ky < kh; ky++) {
                for (int kx = 0; kx < kw; kx++) {
                  int iy = oy * s - win.padTop() + ky;
                  int ix = ox * s - win.padLeft() + kx;
                  if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                    continue;
                  }
                  for (int ch = 0; ch < c; ch++) {
                    int xi = ((n * h + iy) * w + ix) * c + ch;
                    int ki = ((ky * kw + kx) * c + ch) * o + f;
                    sum += x.data()[xi] * k.data()[ki];
                    dx[xi] += dy.data()[at] * k.data()[ki];
                    dk[ki] += x.data()[xi] * dy.data()[at];
                  }
                }
              }
              y[at] = (float) sum;
            }
          }
        }
      }
      assertClose(Ops.conv2d(x, k, bias, win, Tensor.zeros(b, oh, ow, o)), y);
      assertClose(Ops.conv2dInputGradient(dy, k, win, Tensor.zeros(b, h, w, c)), dx);
      Tensor dKernel = Tensor.zeros(kh, kw, c, o);
      Tensor dBias = Tensor.zeros(o);
      Ops.conv2dKernelGradient(x, dy, win, dKernel, dBias);
      assertClose(dKernel, dk);
      assertClose(dBias, db);
    }
  }

  @Test
  void convolutionNamesTheKernelAndOutputShapes() {
    SlidingWindow win = SlidingWindow.of(3, 3, 1, 1, Padding.VALID, 5, 5);
    Tensor x = Tensor.zeros(2, 5, 5, 3);
    assertThatThrownBy(
            () -> Ops.conv2d(x, Tensor.zeros(3, 3, 2, 4), null, win, Tensor.zeros(2, 3, 3, 4)))
        .isInstanceOf(ShapeMismatchException.class)
        .hasMessage("conv2d kernel: expected shape [3, 3, 3, 4], got [3, 3, 2, 4]");
    assertThatThrownBy(
            () -> Ops.conv2d(x, Tensor.zeros(3, 3, 3, 4), null, win, Tensor.zeros(2, 5, 5, 4)))
        .hasMessage("conv2d output: expected shape [2, 3, 3, 4], got [2, 5, 5, 4]");
    assertThatThrownBy(
            () -> Ops.conv2d(Tensor.zeros(5, 5, 3), Tensor.zeros(3, 3, 3, 4), null, win, x))
        .hasMessage(
            "conv2d: expected an input of rank 4 [batch, height, width, channels], got shape [5, 5, 3]");
  }

  @Test
  void poolingForwardAndBackwardMatchPlainLoops() {
    int b = dim(1, 2);
    int h = dim(4, 9);
    int w = dim(4, 9);
    int c = dim(1, 3);
    SlidingWindow win = SlidingWindow.of(3, 2, 2, 1, Padding.SAME, h, w);
    int oh = win.outputHeight(h);
    int ow = win.outputWidth(w);
    Tensor x = random(b, h, w, c);
    Tensor dy = random(b, oh, ow, c);
    float[] max = new float[b * oh * ow * c];
    float[] avg = new float[max.length];
    float[] dMax = new float[x.size()];
    float[] dAvg = new float[x.size()];
    for (int n = 0; n < b; n++) {
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          for (int ch = 0; ch < c; ch++) {
            int at = ((n * oh + oy) * ow + ox) * c + ch;
            float best = Float.NEGATIVE_INFINITY;
            int winner = -1;
            double sum = 0;
            int count = 0;
            for (int ky = 0; ky < 3; ky++) {
              for (int kx = 0; kx < 2; kx++) {
                int iy = oy * 2 - win.padTop() + ky;
                int ix = ox - win.padLeft() + kx;
                if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                  int xi = ((n * h + iy) * w + ix) * c + ch;
                  if (x.data()[xi] > best) {
                    best = x.data()[xi];
                    winner = xi;
                  }
                  sum += x.data()[xi];
                  count++;
                }
              }
            }
            max[at] = best;
            avg[at] = (float) (sum / count);
            dMax[winner] += dy.data()[at];
            for (int ky = 0; ky < 3; ky++) {
              for (int kx = 0; kx < 2; kx++) {
                int iy = oy * 2 - win.padTop() + ky;
                int ix = ox - win.padLeft() + kx;
                if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                  dAvg[((n * h + iy) * w + ix) * c + ch] += dy.data()[at] / count;
                }
              }
            }
          }
        }
      }
    }
    int[] argmax = new int[max.length];
    assertClose(Ops.maxPool(x, win, Tensor.zeros(b, oh, ow, c), argmax), max);
    assertClose(Ops.maxPoolBackward(dy, argmax, win, Tensor.zeros(b, h, w, c)), dMax);
    assertClose(Ops.averagePool(x, win, Tensor.zeros(b, oh, ow, c)), avg);
    assertClose(Ops.averagePoolBackward(dy, win, Tensor.zeros(b, h, w, c)), dAvg);
    assertThatThrownBy(() -> Ops.maxPool(x, win, Tensor.zeros(b, oh, ow, c), new int[1]))
        .hasMessage(
            "maxPool: expected one winner index per output, "
                + max.length
                + " for "
                + Shape.of(b, oh, ow, c)
                + ", got 1");
  }

  @Test
  void globalWindowAndPaddingAreKerasOnes() {
    SlidingWindow g = SlidingWindow.global(7, 5);
    assertThat(g.outputHeight(7)).isEqualTo(1);
    assertThat(g.outputWidth(5)).isEqualTo(1);
    SlidingWindow same = SlidingWindow.of(4, 4, 1, 1, Padding.SAME, 6, 6);
    assertThat(same.padTop()).isEqualTo(1);
    assertThat(same.padBottom()).isEqualTo(2);
    assertThat(Padding.of("Same")).isEqualTo(Padding.SAME);
    assertThat(Padding.VALID.kerasName()).isEqualTo("valid");
    assertThatThrownBy(() -> Padding.of("full"))
        .hasMessage("padding: expected 'valid' or 'same', got 'full'");
    assertThatThrownBy(() -> new SlidingWindow(0, 1, 1, 1, 0, 0, 0, 0))
        .hasMessage(
            "SlidingWindow: expected a positive window and strides, got 0x1 with strides 1x1");
  }

  @Test
  void zeroPaddingAndCropAreAdjoint() {
    Tensor x = random(2, 3, 4, 2);
    Tensor padded = Tensor.full(9f, 2, 6, 5, 2);
    Ops.zeroPad2d(x, 1, 1, padded);
    assertThat(padded.get(0, 0, 0, 0)).isZero();
    assertThat(padded.get(1, 5, 4, 1)).isZero();
    assertThat(padded.get(1, 2, 3, 1)).isEqualTo(x.get(1, 1, 2, 1));
    assertThat(Ops.crop2d(padded, 1, 1, Tensor.zeros(2, 3, 4, 2))).isEqualTo(x);
    assertThatThrownBy(() -> Ops.zeroPad2d(x, 4, 0, padded))
        .hasMessage(
            "zeroPad2d: expected an image [2, 3, 4, 2] to fit in [2, 6, 5, 2] from row 4, column 0,"
                + " got it outside");
  }

  @Test
  void correlatePlanesIsAValidCorrelationPerPlane() {
    Tensor planes = random(2, 5, 6);
    Tensor k = random(2, 3);
    float[] expected = new float[2 * 4 * 4];
    for (int p = 0; p < 2; p++) {
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          double s = 0;
          for (int u = 0; u < 2; u++) {
            for (int v = 0; v < 3; v++) {
              s += k.get(u, v) * planes.get(p, i + u, j + v);
            }
          }
          expected[(p * 4 + i) * 4 + j] = (float) s;
        }
      }
    }
    assertClose(Ops.correlatePlanes(planes, k, Tensor.full(5f, 2, 4, 4)), expected);
  }

  @Test
  void channelStatisticsAndBatchNormMatchTheFormulas() {
    Tensor x = random(6, 3);
    Tensor mean = Tensor.zeros(3);
    Tensor variance = Tensor.zeros(3);
    Ops.channelMeanVariance(x, mean, variance);
    float[] m = new float[3];
    float[] v = new float[3];
    for (int c = 0; c < 3; c++) {
      double s = 0;
      double q = 0;
      for (int r = 0; r < 6; r++) {
        s += x.get(r, c);
      }
      for (int r = 0; r < 6; r++) {
        q += (x.get(r, c) - s / 6) * (x.get(r, c) - s / 6);
      }
      m[c] = (float) (s / 6);
      v[c] = (float) (q / 6);
    }
    assertClose(mean, m);
    assertClose(variance, v);
    Tensor scale = random(3);
    float[] affine = new float[18];
    for (int i = 0; i < 18; i++) {
      affine[i] = x.data()[i] * scale.data()[i % 3] + mean.data()[i % 3];
    }
    assertClose(Ops.channelScaleShift(x, scale, mean, Tensor.zeros(6, 3)), affine);
    BatchNormStatistics bn = new BatchNormStatistics(3);
    Tensor y =
        bn.forwardBatch(
            x, null, null, 0f, Tensor.zeros(3), Tensor.ones(3), 0.5f, Tensor.zeros(6, 3));
    float[] normalized = new float[18];
    for (int i = 0; i < 18; i++) {
      normalized[i] = (float) ((x.data()[i] - m[i % 3]) / Math.sqrt(v[i % 3]));
    }
    assertClose(y, normalized);
    assertThatThrownBy(() -> Ops.channelScaleShift(x, Tensor.zeros(2), null, x))
        .hasMessage("channelScaleShift scale: expected shape [3], got [2]");
  }

  @Test
  void normScalingScalesEachSlice() {
    Tensor w = Tensor.of(new float[][] {{3, 0}, {4, 2}});
    Ops.scaleByNorm("MaxNorm", w, List.of(0), n -> 1 / n);
    assertThat(w.toArray()).containsExactly(0.6f, 0f, 0.8f, 1f);
    assertThatThrownBy(() -> Ops.scaleByNorm("MaxNorm", w, List.of(2), n -> n))
        .hasMessage("MaxNorm: expected axes in [-2, 2) for weights of shape [2, 2], got axis 2");
  }

  @Test
  void elementwiseMapsAndPairSumsRunInOrder() {
    Tensor a = random(4, 3);
    Tensor b = random(12, 1);
    assertThat(Ops.sumOfPairs(a, b, (p, q) -> p * q))
        .isCloseTo(Ops.mul(a, b.reshape(4, 3), Tensor.zeros(4, 3)).sum(), offset(1e-5));
    Tensor out = Ops.mapPairs(a, b, (p, q) -> p - q, Tensor.zeros(4, 3));
    assertThat(out).isEqualTo(Ops.sub(a, b.reshape(4, 3), Tensor.zeros(4, 3)));
    assertThat(Ops.map(a, p -> 2 * p, Tensor.zeros(4, 3))).isEqualTo(a.mul(2f));
    assertThat(
            Ops.scaleByDerivative(
                null, a, a, (p, q) -> Double.isNaN(p) ? q : 0, Tensor.zeros(4, 3)))
        .isEqualTo(a.mul(a));
    assertThat(Ops.copy(a, Tensor.zeros(4, 3))).isEqualTo(a);
    assertThatThrownBy(() -> Ops.sumOfPairs(a, Tensor.zeros(5), (p, q) -> p))
        .hasMessage("sumOfPairs: expected a second operand of 12 values (as [4, 3]), got [5]");
    assertThatThrownBy(() -> Ops.add(a, a, Tensor.zeros(3, 4)))
        .hasMessage("add output: expected shape [4, 3], got [3, 4]");
  }

  @Test
  void rowQueriesAgreeWithTensorArgmax() {
    Tensor t = Tensor.of(new float[][] {{1, 3, 3}, {Float.NaN, 5, 2}, {0, 2, 7}});
    assertThat(Ops.argmax(t, 0)).isEqualTo(1);
    assertThat(Ops.argmax(t, 1)).isEqualTo(0);
    assertThat(t.argmax(-1).toArray()).containsExactly(1, 0, 2);
    assertThat(Ops.inTopK(t, 2, 1, 2)).isTrue();
    assertThat(Ops.inTopK(t, 2, 0, 2)).isFalse();
    assertThat(t.getFlat(5)).isEqualTo(2f);
    assertThatThrownBy(() -> Ops.argmax(t, 3))
        .hasMessage(
            "argmax: expected a row in [0, 3) of a non-empty last axis, got row 3 of [3, 3]");
  }

  @Test
  void crossEntropiesMatchTheFormulas() {
    Tensor logits = random(3, 4);
    Tensor oneHot = Tensor.zeros(3, 4).set(1f, 0, 2).set(1f, 1, 0).set(1f, 2, 3);
    Tensor labels = Tensor.of(new float[] {2, 0, 3}, 3);
    double expected = 0;
    float[] grad = new float[12];
    for (int r = 0; r < 3; r++) {
      double sum = 0;
      for (int j = 0; j < 4; j++) {
        sum += Math.exp(logits.get(r, j));
      }
      int label = (int) labels.get(r);
      expected += (Math.log(sum) - logits.get(r, label)) / 3;
      for (int j = 0; j < 4; j++) {
        grad[r * 4 + j] = (float) ((Math.exp(logits.get(r, j)) / sum - (j == label ? 1 : 0)) / 3);
      }
    }
    Tensor g = Tensor.zeros(3, 4);
    assertThat(Ops.categoricalCrossentropy(oneHot, logits, true, 1e-7, g))
        .isCloseTo(expected, offset(1e-6));
    assertClose(g, grad);
    Tensor h = Tensor.zeros(3, 4);
    assertThat(Ops.sparseCategoricalCrossentropy(labels, logits, true, 1e-7, h))
        .isCloseTo(expected, offset(1e-6));
    assertClose(h, grad);
    Tensor probabilities = Ops.softmax(logits, Tensor.zeros(3, 4));
    assertThat(Ops.categoricalCrossentropy(oneHot, probabilities, false, 1e-7, g))
        .isCloseTo(expected, offset(1e-5));
    assertThatThrownBy(
            () ->
                Ops.sparseCategoricalCrossentropy(
                    Tensor.of(new float[] {4, 0, 1}, 3), logits, true, 1e-7, h))
        .hasMessage(
            "sparseCategoricalCrossentropy: expected integer labels in [0, 4), got 4.0 at index 0");
  }

  @Test
  void optimiserStepsMatchTheirFormulas() {
    Tensor w = Tensor.of(new float[] {1, -2}, 2);
    Tensor g = Tensor.of(new float[] {0.5f, 0.25f}, 2);
    Ops.sgdUpdate(w, g, 0.1f);
    assertThat(w.toArray()).containsExactly(1 - 0.1f * 0.5f, -2 - 0.1f * 0.25f);
    Tensor v = Tensor.zeros(2);
    Tensor w2 = Tensor.of(new float[] {1, 1}, 2);
    Ops.momentumUpdate(w2, g, v, 0.1f, 0.9f, false);
    assertThat(v.toArray()).containsExactly(-0.1f * 0.5f, -0.1f * 0.25f);
    Tensor acc = Tensor.full(0.1f, 2);
    Tensor w3 = Tensor.zeros(2);
    Ops.adagradUpdate(w3, g, acc, 0.1f, 0f);
    assertThat(acc.get(0)).isEqualTo(0.1f + 0.25f);
    assertThat(w3.get(0)).isEqualTo(-0.1f * 0.5f / (float) Math.sqrt(0.35f));
    Tensor m = Tensor.zeros(2);
    Tensor s = Tensor.zeros(2);
    Tensor w4 = Tensor.zeros(2);
    Ops.adamUpdate(w4, g, m, s, null, 1f, 0.1f, 0.001f, 0f);
    assertThat(m.get(0)).isEqualTo(0.5f * 0.1f);
    assertThat(w4.get(0)).isEqualTo(-(0.05f / (float) Math.sqrt(0.25f * 0.001f)));
    assertThatThrownBy(() -> Ops.adamUpdate(w4, g, Tensor.zeros(3), s, null, 1f, 0.1f, 0.1f, 0f))
        .hasMessage("adamUpdate slot: expected shape [2], got [3]");
  }

  @Test
  void backendNamesTheKernelsInUse() {
    Backend b = Ops.backend();
    assertThat(b.kernels()).isIn("vector", "scalar");
    assertThat(b.lanes()).isPositive();
    assertThat(b.threads()).isPositive();
    assertThat(b.reason()).isNotBlank();
  }

  /** Rows 1..n of a fresh tensor: a view whose values start past index 0 of its array. */
  private Tensor view(Tensor t) {
    int[] dims = t.shape().dims().clone();
    dims[0] += 1;
    Tensor big = random(dims);
    Tensor v = big.slice(1, dims[0]);
    Ops.copy(t, v);
    return v;
  }

  @Test
  void viewsAtAnOffsetGiveWhatTheirCopiesGive() {
    Tensor y = random(3, 5);
    Tensor dy = random(3, 5);
    Tensor expected = Ops.activationBackward(FusedActivation.TANH, y, dy, Tensor.zeros(3, 5));
    Tensor dx = view(Tensor.zeros(3, 5));
    assertThat(Ops.activationBackward(FusedActivation.TANH, view(y), view(dy), dx))
        .isEqualTo(expected);
    assertThat(Ops.softmaxBackward(view(y), view(dy), view(Tensor.zeros(3, 5))))
        .isEqualTo(Ops.softmaxBackward(y, dy, Tensor.zeros(3, 5)));
    assertThat(Ops.biasGradient(view(dy), view(Tensor.zeros(1, 5)).reshape(5)))
        .isEqualTo(Ops.biasGradient(dy, Tensor.zeros(5)));
    SlidingWindow win = SlidingWindow.of(2, 2, 1, 1, Padding.VALID, 4, 4);
    Tensor k = random(2, 2, 2, 3);
    Tensor g = random(2, 3, 3, 3);
    assertThat(Ops.conv2dInputGradient(view(g), view(k), win, view(Tensor.zeros(2, 4, 4, 2))))
        .isEqualTo(Ops.conv2dInputGradient(g, k, win, Tensor.zeros(2, 4, 4, 2)));
  }
}
