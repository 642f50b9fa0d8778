package io.fovea.losses;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Mean absolute error, Keras's {@code mean_absolute_error} ({@code mae}).
 *
 * <p>{@code loss = mean_rows(mean_last_axis(|yPred - yTrue|))}, which is the mean over all
 * {@code N} elements; {@code d loss / d yPred = sign(yPred - yTrue) / N} (0 where they are
 * equal, as TensorFlow).
 *
 * <p>Shapes: {@code yPred [batch, ...]}; {@code yTrue} the same (a trailing axis of size 1 may be
 * missing on either side, as Keras allows).
 */
public final class MeanAbsoluteError implements Loss {

  @Override
  public String name() {
    return "mean_absolute_error";
  }

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkValues(name(), yTrue, yPred);
  }

  @Override
  public double compute(Tensor yTrue, Tensor yPred, Tensor grad) {
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    float[] t = yTrue.data();
    float[] p = yPred.data();
    float[] g = grad.data();
    int to = yTrue.offset();
    int po = yPred.offset();
    int go = grad.offset();
    int n = yPred.size();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double d = (double) p[po + i] - t[to + i];
      sum += Math.abs(d);
      g[go + i] = (float) (Math.signum(d) / n);
    }
    return n == 0 ? 0 : sum / n;
  }

  @Override
  public String toString() {
    return name();
  }
}
