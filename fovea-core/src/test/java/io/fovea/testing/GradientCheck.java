package io.fovea.testing;

import static org.assertj.core.api.Assertions.fail;

import io.fovea.losses.Loss;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Numerical gradient checks sized for float32 (STYLE.md): the loss is {@code L = sum(y * g)} for a
 * random {@code g}, accumulated in double; central differences with {@code h = 5e-3 * max(1, |x|)};
 * an element passes when {@code |a - n| <= 1e-2 * max(|a|, |n|) + 1e-3}. Every element is checked
 * for small tensors, a random sample plus one random direction for large ones. Keep inputs away
 * from kinks (ReLU at 0, ties in a max).
 */
public final class GradientCheck {

  /** Tensors with at most this many elements are checked element by element. */
  public static final int ALL_ELEMENTS_UP_TO = 400;

  private static final int SAMPLE = 120;

  private GradientCheck() {}

  /**
   * Checks the input gradient and every parameter gradient of a built layer on {@code x}, running
   * forward in the given mode (training mode for batch normalisation's batch statistics). The
   * forward pass must be deterministic for a fixed input.
   */
  public static void checkLayer(Layer layer, Tensor x, boolean training, long seed) {
    Rng rng = new Rng(seed);
    Tensor y = layer.forward(x, training).copy();
    Tensor g = rng.normal(y.shape(), 0f, 1f);
    for (Parameter p : layer.parameters()) {
      p.zeroGradient();
    }
    Tensor dx = layer.backward(g).copy();
    DoubleSupplier loss = () -> dot(layer.forward(x, training), g);
    String where = layer.where() + " (seed " + seed + ")";
    check(where + " input", x, dx, loss, rng);
    for (Parameter p : layer.parameters()) {
      if (p.trainable()) {
        check(where + " " + p.name(), p.value(), p.gradient().copy(), loss, rng);
      }
    }
  }

  /** Checks the gradient a loss returns with respect to the predictions. */
  public static void checkLoss(Loss loss, Tensor yTrue, Tensor yPred, long seed) {
    Tensor grad = Tensor.zeros(yPred.shape());
    loss.compute(yTrue, yPred, grad);
    Tensor scratch = Tensor.zeros(yPred.shape());
    check(
        loss.name() + " (seed " + seed + ")",
        yPred,
        grad,
        () -> loss.compute(yTrue, yPred, scratch),
        new Rng(seed));
  }

  /** Checks the gradient a loss returns with respect to the logits. */
  public static void checkLossFromLogits(Loss loss, Tensor yTrue, Tensor logits, long seed) {
    Tensor grad = Tensor.zeros(logits.shape());
    loss.computeFromLogits(yTrue, logits, grad);
    Tensor scratch = Tensor.zeros(logits.shape());
    check(
        loss.name() + " from logits (seed " + seed + ")",
        logits,
        grad,
        () -> loss.computeFromLogits(yTrue, logits, scratch),
        new Rng(seed));
  }

  /**
   * Compares {@code analytic}, the claimed gradient of {@code loss} with respect to {@code
   * variable}, with central differences obtained by perturbing {@code variable} in place.
   */
  public static void check(
      String what, Tensor variable, Tensor analytic, DoubleSupplier loss, Rng rng) {
    int n = variable.size();
    for (int i : indices(n, rng)) {
      float saved = variable.getFlat(i);
      double h = 5e-3 * Math.max(1, Math.abs(saved));
      variable.setFlat(i, (float) (saved + h));
      double plus = loss.getAsDouble();
      variable.setFlat(i, (float) (saved - h));
      double minus = loss.getAsDouble();
      variable.setFlat(i, saved);
      double actualStep = ((double) (float) (saved + h)) - ((double) (float) (saved - h));
      double numeric = (plus - minus) / actualStep;
      compare(what + " element " + i, analytic.getFlat(i), numeric);
    }
    if (n > ALL_ELEMENTS_UP_TO) {
      checkDirection(what, variable, analytic, loss, rng);
    }
  }

  private static void checkDirection(
      String what, Tensor variable, Tensor analytic, DoubleSupplier loss, Rng rng) {
    int n = variable.size();
    float[] saved = variable.toArray();
    float[] v = new float[n];
    double[] d = new double[n];
    double norm = 0;
    double expected = 0;
    for (int i = 0; i < n; i++) {
      d[i] = rng.nextGaussian();
      norm += d[i] * d[i];
    }
    norm = Math.sqrt(norm);
    double h = 5e-3;
    for (int i = 0; i < n; i++) {
      d[i] /= norm;
      expected += d[i] * analytic.getFlat(i);
    }
    for (int i = 0; i < n; i++) {
      v[i] = (float) (saved[i] + h * d[i]);
    }
    variable.copyFrom(v, 0);
    double plus = loss.getAsDouble();
    for (int i = 0; i < n; i++) {
      v[i] = (float) (saved[i] - h * d[i]);
    }
    variable.copyFrom(v, 0);
    double minus = loss.getAsDouble();
    variable.copyFrom(saved, 0);
    compare(what + " along a random direction", expected, (plus - minus) / (2 * h));
  }

  private static void compare(String what, double analytic, double numeric) {
    if (!(Math.abs(analytic - numeric)
        <= 1e-2 * Math.max(Math.abs(analytic), Math.abs(numeric)) + 1e-3)) {
      fail(what + ": analytic gradient " + analytic + ", numerical " + numeric);
    }
  }

  private static List<Integer> indices(int n, Rng rng) {
    List<Integer> list = new ArrayList<>();
    if (n <= ALL_ELEMENTS_UP_TO) {
      for (int i = 0; i < n; i++) {
        list.add(i);
      }
    } else {
      for (int i = 0; i < SAMPLE; i++) {
        list.add(rng.nextInt(n));
      }
    }
    return list;
  }

  /** {@code sum(a * b)} in double. */
  public static double dot(Tensor a, Tensor b) {
    double s = 0;
    for (int i = 0; i < a.size(); i++) {
      s += (double) a.getFlat(i) * b.getFlat(i);
    }
    return s;
  }
}
