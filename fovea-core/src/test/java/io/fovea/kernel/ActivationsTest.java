package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.TAIL_LENGTHS;
import static io.fovea.kernel.KernelTesting.assertClose;
import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActivationsTest {

  /** {@code rows x cols} shapes: every tail length as a row, plus random and long shapes. */
  private static int[][] shapes() {
    SplittableRandom random = new SplittableRandom(11);
    int[][] shapes = new int[TAIL_LENGTHS.length + 8][];
    for (int i = 0; i < TAIL_LENGTHS.length; i++) {
      shapes[i] = new int[] {1 + i % 3, TAIL_LENGTHS[i]};
    }
    for (int i = 0; i < 6; i++) {
      shapes[TAIL_LENGTHS.length + i] = new int[] {1 + random.nextInt(40), 1 + random.nextInt(300)};
    }
    shapes[TAIL_LENGTHS.length + 6] = new int[] {700, 130}; // long enough to run in parallel
    shapes[TAIL_LENGTHS.length + 7] = new int[] {3, 40_000};
    return shapes;
  }

  private static double reference(Activation act, double v) {
    switch (act) {
      case RELU:
        return v > 0 ? v : 0;
      case SIGMOID:
        return 1 / (1 + Math.exp(-v));
      case TANH:
        return Math.tanh(v);
      default:
        return v;
    }
  }

  @Test
  void biasActivationMatchesReferenceWithAndWithoutBias() {
    for (Kernels k : bothPaths()) {
      for (Activation act : Activation.values()) {
        for (int[] shape : shapes()) {
          int rows = shape[0];
          int cols = shape[1];
          long seed = 17L * rows + cols;
          SplittableRandom random = new SplittableRandom(seed);
          float[] x = randomArray(random, rows * cols + 2);
          for (int i = 0; i < x.length; i++) {
            x[i] *= 6; // reach into the flat parts of sigmoid and tanh
          }
          float[] bias = randomArray(random, cols);
          for (float[] b : new float[][] {null, bias}) {
            float[] expected = new float[rows * cols];
            for (int r = 0; r < rows; r++) {
              for (int c = 0; c < cols; c++) {
                double v = x[2 + r * cols + c] + (b == null ? 0.0 : b[c]);
                expected[r * cols + c] = (float) reference(act, (float) v);
              }
            }
            String context =
                k.name()
                    + " "
                    + act
                    + " bias="
                    + (b != null)
                    + " shape ["
                    + rows
                    + ", "
                    + cols
                    + "] seed="
                    + seed;
            float[] y = new float[rows * cols + 1];
            k.biasActivation(rows, cols, x, 2, b, act, y, 1);
            assertClose(expected, Arrays.copyOfRange(y, 1, y.length), 2e-6, context);
            float[] inPlace = x.clone();
            k.biasActivation(rows, cols, inPlace, 2, b, act, inPlace, 2);
            assertClose(
                expected,
                Arrays.copyOfRange(inPlace, 2, inPlace.length),
                2e-6,
                context + " in place");
          }
        }
      }
    }
  }

  @Test
  void sigmoidAndTanhStayFiniteAtExtremeInputs() {
    float[] x = {-1e4f, -100f, -88.8f, -20f, 0f, 20f, 88.8f, 100f, 1e4f};
    float[] wide = new float[64];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = x[i % x.length];
    }
    for (Kernels k : bothPaths()) {
      for (Activation act : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
        float[] y = new float[wide.length];
        k.biasActivation(1, wide.length, wide, 0, null, act, y, 0);
        for (int i = 0; i < wide.length; i++) {
          String context = k.name() + " " + act + "(" + wide[i] + ")";
          assertThat(y[i]).as(context).isCloseTo((float) reference(act, wide[i]), within(1e-6f));
        }
      }
    }
  }

  @Test
  void activationBackwardMatchesReferenceAndAllowsDxToBeDy() {
    for (Kernels k : bothPaths()) {
      for (Activation act : Activation.values()) {
        for (int n : TAIL_LENGTHS) {
          SplittableRandom random = new SplittableRandom(n);
          float[] y = randomArray(random, n + 3);
          float[] dy = randomArray(random, n);
          float[] expected = new float[n];
          for (int i = 0; i < n; i++) {
            double v = y[3 + i];
            double d =
                act == Activation.RELU
                    ? (v > 0 ? 1 : 0)
                    : act == Activation.SIGMOID
                        ? v * (1 - v)
                        : act == Activation.TANH ? 1 - v * v : 1;
            expected[i] = (float) (dy[i] * d);
          }
          String context = k.name() + " " + act + " n=" + n + " seed=" + n;
          float[] dx = new float[n];
          k.activationBackward(act, n, y, 3, dy, dx);
          assertClose(expected, dx, 1e-6, context);
          k.activationBackward(act, n, y, 3, dy, dy);
          assertClose(expected, dy, 1e-6, context + " in place");
        }
      }
    }
  }

  @Test
  void biasGradientAddsColumnSums() {
    for (Kernels k : bothPaths()) {
      for (int[] shape : new int[][] {{1, 1}, {5, 3}, {33, 17}, {100, 64}, {25_088, 32}}) {
        int rows = shape[0];
        int cols = shape[1];
        SplittableRandom random = new SplittableRandom(rows + cols);
        float[] dy = randomArray(random, rows * cols);
        float[] dBias = randomArray(random, cols);
        float[] expected = new float[cols];
        for (int c = 0; c < cols; c++) {
          double s = dBias[c];
          for (int r = 0; r < rows; r++) {
            s += dy[r * cols + c];
          }
          expected[c] = (float) s;
        }
        k.biasGradient(rows, cols, dy, dBias);
        assertClose(
            expected,
            dBias,
            1e-6 * Math.sqrt(rows),
            k.name() + " shape [" + rows + ", " + cols + "] seed=" + (rows + cols));
      }
    }
  }

  @Test
  void softmaxMatchesReferenceAndRowsSumToOne() {
    for (Kernels k : bothPaths()) {
      for (int[] shape : shapes()) {
        int rows = shape[0];
        int cols = shape[1];
        long seed = 5L * rows + cols;
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = randomArray(random, rows * cols + 1);
        for (int i = 0; i < x.length; i++) {
          x[i] *= 10;
        }
        float[] expected = referenceSoftmax(rows, cols, x, 1);
        String context = k.name() + " shape [" + rows + ", " + cols + "] seed=" + seed;
        float[] y = new float[rows * cols];
        k.softmax(rows, cols, x, 1, y, 0);
        assertClose(expected, y, 2e-6, context);
        assertRowsSumToOne(rows, cols, y, context);
        k.softmax(rows, cols, x, 1, x, 1);
        assertClose(expected, Arrays.copyOfRange(x, 1, x.length), 2e-6, context + " in place");
      }
    }
  }

  private static float[] referenceSoftmax(int rows, int cols, float[] x, int off) {
    float[] y = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < cols; c++) {
        max = Math.max(max, x[off + r * cols + c]);
      }
      double sum = 0;
      for (int c = 0; c < cols; c++) {
        sum += Math.exp(x[off + r * cols + c] - max);
      }
      for (int c = 0; c < cols; c++) {
        y[r * cols + c] = (float) (Math.exp(x[off + r * cols + c] - max) / sum);
      }
    }
    return y;
  }

  private static void assertRowsSumToOne(int rows, int cols, float[] y, String context) {
    if (cols == 0) {
      return;
    }
    for (int r = 0; r < rows; r++) {
      double s = 0;
      for (int c = 0; c < cols; c++) {
        s += y[r * cols + c];
      }
      assertThat(s).as(context + " row " + r).isCloseTo(1.0, within(1e-5));
    }
  }

  @Test
  void softmaxHandlesExtremeAndEqualRows() {
    for (Kernels k : bothPaths()) {
      for (int cols : new int[] {3, 10, 64, 100}) {
        float[] x = new float[3 * cols];
        for (int c = 0; c < cols; c++) {
          x[c] = c % 2 == 0 ? 1e4f : -1e4f;
          x[cols + c] = 42f;
          x[2 * cols + c] = c == cols - 1 ? 1e4f : -1e4f;
        }
        float[] y = new float[x.length];
        k.softmax(3, cols, x, 0, y, 0);
        String context = k.name() + " cols=" + cols;
        assertClose(referenceSoftmax(3, cols, x, 0), y, 1e-6, context);
        assertThat(y[cols]).as(context + " equal row").isCloseTo(1f / cols, within(1e-7f));
        assertThat(y[3 * cols - 1]).as(context + " one-hot row").isEqualTo(1f);
      }
    }
  }

  @Test
  void softmaxBackwardMatchesReferenceAndAllowsDxToBeDy() {
    for (Kernels k : bothPaths()) {
      for (int[] shape : shapes()) {
        int rows = shape[0];
        int cols = shape[1];
        SplittableRandom random = new SplittableRandom(rows * 3L + cols);
        float[] y = referenceSoftmax(rows, cols, randomArray(random, rows * cols), 0);
        float[] dy = randomArray(random, rows * cols);
        float[] expected = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
          double s = 0;
          for (int c = 0; c < cols; c++) {
            s += (double) dy[r * cols + c] * y[r * cols + c];
          }
          for (int c = 0; c < cols; c++) {
            expected[r * cols + c] = (float) (y[r * cols + c] * (dy[r * cols + c] - s));
          }
        }
        String context = k.name() + " shape [" + rows + ", " + cols + "]";
        float[] dx = new float[rows * cols];
        k.softmaxBackward(rows, cols, y, dy, dx);
        assertClose(expected, dx, 1e-6, context);
        k.softmaxBackward(rows, cols, y, dy, dy);
        assertClose(expected, dy, 1e-6, context + " in place");
      }
    }
  }

  @Test
  void channelMeanVarianceMatchesReferenceEvenWithLargeMean() {
    for (Kernels k : bothPaths()) {
      for (int[] shape : new int[][] {{1, 1}, {7, 3}, {50, 17}, {200, 64}, {25_088, 32}}) {
        int rows = shape[0];
        int channels = shape[1];
        long seed = rows + 13L * channels;
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = randomArray(random, rows * channels + 4);
        for (int i = 0; i < x.length; i++) {
          x[i] = 100f + 0.5f * x[i] + (i % channels); // a large mean over a small spread
        }
        float[] mean = new float[channels];
        float[] variance = new float[channels];
        double[][] ref = referenceMeanVariance(rows, channels, x, 4);
        k.channelMeanVariance(rows, channels, x, 4, mean, variance);
        String context = k.name() + " shape [" + rows + ", " + channels + "] seed=" + seed;
        assertClose(toFloat(ref[0]), mean, 1e-6, context + " mean");
        assertClose(toFloat(ref[1]), variance, 1e-5, context + " variance");
      }
    }
  }

  private static double[][] referenceMeanVariance(int rows, int channels, float[] x, int off) {
    double[] mean = new double[channels];
    double[] variance = new double[channels];
    for (int c = 0; c < channels; c++) {
      for (int r = 0; r < rows; r++) {
        mean[c] += x[off + r * channels + c];
      }
      mean[c] /= rows;
      for (int r = 0; r < rows; r++) {
        double d = x[off + r * channels + c] - mean[c];
        variance[c] += d * d;
      }
      variance[c] /= rows;
    }
    return new double[][] {mean, variance};
  }

  private static float[] toFloat(double[] values) {
    float[] f = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
  }

  @Test
  void vectorMatchesScalarAtTailLengths() {
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    Kernels scalar = KernelSelector.scalar();
    for (int n : TAIL_LENGTHS) {
      float[] x = randomArray(new SplittableRandom(n), 2 * n);
      for (Activation act : Activation.values()) {
        float[] s = new float[2 * n];
        float[] v = new float[2 * n];
        scalar.biasActivation(2, n, x, 0, x, act, s, 0);
        vector.biasActivation(2, n, x, 0, x, act, v, 0);
        assertClose(s, v, 1e-6, act + " n=" + n);
      }
      float[] s = new float[2 * n];
      float[] v = new float[2 * n];
      scalar.softmax(2, n, x, 0, s, 0);
      vector.softmax(2, n, x, 0, v, 0);
      assertClose(s, v, 1e-6, "softmax n=" + n);
    }
  }
}
