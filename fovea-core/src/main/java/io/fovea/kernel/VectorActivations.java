package io.fovea.kernel;

import static io.fovea.kernel.VectorElementwise.L;
import static io.fovea.kernel.VectorElementwise.S;
import static io.fovea.kernel.VectorElementwise.THRESHOLD;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Vector API activations and softmax; agree with {@link ScalarActivations}.
 *
 * <p>Exponentials and tanh use {@code lanewise(EXP / TANH)}, which HotSpot compiles to the
 * vectorised math library (within about 1 ulp of {@link Math#exp}). A bias is first added into the
 * output row, then the activation runs in place over it: two passes over a row that sits in L1,
 * instead of one loop per (activation, bias or not) pair. Rows are split over {@link Parallel};
 * each row is computed by one thread, so results do not depend on the thread count. The column
 * reductions live in {@link VectorStatistics}.
 */
final class VectorActivations {

  private VectorActivations() {}

  /** Rows per parallel chunk, so that a chunk holds at least {@code CHUNK} floats. */
  private static int rowChunk(int cols) {
    return Math.max(1, VectorElementwise.CHUNK / Math.max(1, cols));
  }

  static void biasActivation(
      int rows, int cols, float[] x, int xOff, float[] bias, Activation act, float[] y, int yOff) {
    int n = rows * cols;
    if (bias == null && VectorElementwise.parallel(n)) {
      // Without a bias the rows do not matter: one flat loop, cut at multiples of L. The vector
      // exp and tanh may round differently from the scalar tail, so a chunk edge that is not a
      // multiple of L would make the result depend on the number of chunks (threads, or a pool
      // busy with another caller's work).
      int vectors = (n + L - 1) / L;
      Parallel.forRange(
          vectors,
          Math.max(1, VectorElementwise.CHUNK / L),
          (from, to) -> {
            int start = from * L;
            int end = Math.min(n, to * L);
            apply(act, end - start, x, xOff + start, y, yOff + start);
          });
    } else if (bias == null) {
      apply(act, n, x, xOff, y, yOff);
    } else if (VectorElementwise.parallel(n)) {
      Parallel.forRange(
          rows,
          rowChunk(cols),
          (from, to) -> biasActivationRows(from, to, cols, x, xOff, bias, act, y, yOff));
    } else {
      biasActivationRows(0, rows, cols, x, xOff, bias, act, y, yOff);
    }
  }

  private static void biasActivationRows(
      int from,
      int to,
      int cols,
      float[] x,
      int xOff,
      float[] bias,
      Activation act,
      float[] y,
      int yOff) {
    for (int r = from; r < to; r++) {
      int yi = yOff + r * cols;
      VectorElementwise.add(cols, x, xOff + r * cols, bias, 0, y, yi);
      apply(act, cols, y, yi, y, yi);
    }
  }

  /** {@code y = act(x)} over {@code n} floats; {@code x} and {@code y} may be the same array. */
  static void apply(Activation act, int n, float[] x, int xi, float[] y, int yi) {
    switch (act) {
      case RELU:
        relu(n, x, xi, y, yi);
        break;
      case SIGMOID:
        sigmoid(n, x, xi, y, yi);
        break;
      case TANH:
        tanh(n, x, xi, y, yi);
        break;
      default:
        if (x != y || xi != yi) {
          System.arraycopy(x, xi, y, yi, n);
        }
    }
  }

  private static void relu(int n, float[] x, int xi, float[] y, int yi) {
    int i = 0;
    for (int bound = S.loopBound(n); i < bound; i += L) {
      FloatVector.fromArray(S, x, xi + i).max(0f).intoArray(y, yi + i);
    }
    ScalarActivations.biasActivation(1, n - i, x, xi + i, null, Activation.RELU, y, yi + i);
  }

  /** {@code 1 / (1 + exp(-v))}: exp overflows to +inf for v < -88, giving the limit 0. */
  private static void sigmoid(int n, float[] x, int xi, float[] y, int yi) {
    FloatVector one = FloatVector.broadcast(S, 1f);
    int i = 0;
    for (int bound = S.loopBound(n); i < bound; i += L) {
      FloatVector e = FloatVector.fromArray(S, x, xi + i).neg().lanewise(VectorOperators.EXP);
      one.div(e.add(1f)).intoArray(y, yi + i);
    }
    ScalarActivations.biasActivation(1, n - i, x, xi + i, null, Activation.SIGMOID, y, yi + i);
  }

  private static void tanh(int n, float[] x, int xi, float[] y, int yi) {
    int i = 0;
    for (int bound = S.loopBound(n); i < bound; i += L) {
      FloatVector.fromArray(S, x, xi + i).lanewise(VectorOperators.TANH).intoArray(y, yi + i);
    }
    ScalarActivations.biasActivation(1, n - i, x, xi + i, null, Activation.TANH, y, yi + i);
  }

  static void activationBackward(
      Activation act, int length, float[] y, int yOff, float[] dy, float[] dx) {
    if (length < THRESHOLD || act == Activation.LINEAR) {
      ScalarActivations.activationBackward(act, length, y, yOff, dy, dx);
    } else if (VectorElementwise.parallel(length)) {
      Parallel.forRange(
          length,
          VectorElementwise.CHUNK,
          (from, to) -> backwardRange(act, from, to, y, yOff, dy, dx));
    } else {
      backwardRange(act, 0, length, y, yOff, dy, dx);
    }
  }

  private static void backwardRange(
      Activation act, int from, int to, float[] y, int yOff, float[] dy, float[] dx) {
    switch (act) {
      case RELU:
        reluBackward(from, to, y, yOff, dy, dx);
        break;
      case SIGMOID:
        sigmoidBackward(from, to, y, yOff, dy, dx);
        break;
      default:
        tanhBackward(from, to, y, yOff, dy, dx);
    }
  }

  private static void reluBackward(int from, int to, float[] y, int yOff, float[] dy, float[] dx) {
    int i = from;
    FloatVector zero = FloatVector.zero(S);
    for (int bound = from + S.loopBound(to - from); i < bound; i += L) {
      VectorMask<Float> off =
          FloatVector.fromArray(S, y, yOff + i).compare(VectorOperators.GT, 0f).not();
      FloatVector.fromArray(S, dy, i).blend(zero, off).intoArray(dx, i);
    }
    for (; i < to; i++) {
      dx[i] = dy[i] * ScalarActivations.derivative(Activation.RELU, y[yOff + i]);
    }
  }

  private static void sigmoidBackward(
      int from, int to, float[] y, int yOff, float[] dy, float[] dx) {
    int i = from;
    for (int bound = from + S.loopBound(to - from); i < bound; i += L) {
      FloatVector vy = FloatVector.fromArray(S, y, yOff + i);
      FloatVector d = vy.mul(vy.neg().add(1f));
      FloatVector.fromArray(S, dy, i).mul(d).intoArray(dx, i);
    }
    for (; i < to; i++) {
      dx[i] = dy[i] * ScalarActivations.derivative(Activation.SIGMOID, y[yOff + i]);
    }
  }

  private static void tanhBackward(int from, int to, float[] y, int yOff, float[] dy, float[] dx) {
    int i = from;
    for (int bound = from + S.loopBound(to - from); i < bound; i += L) {
      FloatVector vy = FloatVector.fromArray(S, y, yOff + i);
      FloatVector d = vy.mul(vy).neg().add(1f);
      FloatVector.fromArray(S, dy, i).mul(d).intoArray(dx, i);
    }
    for (; i < to; i++) {
      dx[i] = dy[i] * ScalarActivations.derivative(Activation.TANH, y[yOff + i]);
    }
  }

  static void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    if (cols < THRESHOLD) {
      ScalarActivations.softmax(rows, cols, x, xOff, y, yOff);
    } else if (VectorElementwise.parallel((long) rows * cols)) {
      Parallel.forRange(
          rows, rowChunk(cols), (from, to) -> softmaxRows(from, to, cols, x, xOff, y, yOff));
    } else {
      softmaxRows(0, rows, cols, x, xOff, y, yOff);
    }
  }

  private static void softmaxRows(
      int from, int to, int cols, float[] x, int xOff, float[] y, int yOff) {
    for (int r = from; r < to; r++) {
      softmaxRow(cols, x, xOff + r * cols, y, yOff + r * cols);
    }
  }

  private static void softmaxRow(int cols, float[] x, int xi, float[] y, int yi) {
    float max = VectorElementwise.max(cols, x, xi);
    FloatVector sum = FloatVector.zero(S);
    int c = 0;
    for (int bound = S.loopBound(cols); c < bound; c += L) {
      FloatVector e = FloatVector.fromArray(S, x, xi + c).sub(max).lanewise(VectorOperators.EXP);
      e.intoArray(y, yi + c);
      sum = sum.add(e);
    }
    double total = sum.reduceLanes(VectorOperators.ADD);
    for (; c < cols; c++) {
      float e = (float) Math.exp(x[xi + c] - max);
      y[yi + c] = e;
      total += e;
    }
    VectorElementwise.scaleShift(cols, y, yi, (float) (1.0 / total), 0f, y, yi);
  }

  static void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx) {
    if (cols < THRESHOLD) {
      ScalarActivations.softmaxBackward(rows, cols, y, dy, dx);
    } else if (VectorElementwise.parallel((long) rows * cols)) {
      Parallel.forRange(
          rows, rowChunk(cols), (from, to) -> softmaxBackwardRows(from, to, cols, y, dy, dx));
    } else {
      softmaxBackwardRows(0, rows, cols, y, dy, dx);
    }
  }

  private static void softmaxBackwardRows(
      int from, int to, int cols, float[] y, float[] dy, float[] dx) {
    for (int r = from; r < to; r++) {
      int row = r * cols;
      float s = (float) VectorElementwise.dot(cols, dy, row, y, row);
      int c = 0;
      for (int bound = S.loopBound(cols); c < bound; c += L) {
        FloatVector vd = FloatVector.fromArray(S, dy, row + c).sub(s);
        FloatVector.fromArray(S, y, row + c).mul(vd).intoArray(dx, row + c);
      }
      for (; c < cols; c++) {
        dx[row + c] = y[row + c] * (dy[row + c] - s);
      }
    }
  }
}
