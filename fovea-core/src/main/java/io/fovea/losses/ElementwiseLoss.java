package io.fovea.losses;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.function.DoubleBinaryOperator;

/**
 * What {@link MeanSquaredError}, {@link MeanAbsoluteError} and {@link BinaryCrossentropy} share:
 * labels of the predictions' shape, and a loss that is the mean of one term per element, {@code
 * loss = (1 / N) sum_i value(yTrue_i, yPred_i)} with {@code d loss / d yPred_i = slope(yTrue_i,
 * yPred_i) / N}.
 */
abstract class ElementwiseLoss implements Loss {

  @Override
  public void checkLabels(Shape yTrue, Shape yPred) {
    LabelShapes.checkValues(name(), yTrue, yPred);
  }

  /**
   * Checks the shapes, writes {@code slope / N} into {@code grad} and returns the mean of {@code
   * value}; both functions take {@code (yTrue, yPred)} of one element, in double.
   */
  final double mean(
      Tensor yTrue,
      Tensor yPred,
      Tensor grad,
      DoubleBinaryOperator value,
      DoubleBinaryOperator slope) {
    checkLabels(yTrue.shape(), yPred.shape());
    LabelShapes.checkGradient(name(), grad, yPred.shape());
    int n = yPred.size();
    double sum = Ops.sumOfPairs(yTrue, yPred, value);
    Ops.mapPairs(yTrue, yPred, (y, q) -> slope.applyAsDouble(y, q) / n, grad);
    return n == 0 ? 0 : sum / n;
  }

  @Override
  public String toString() {
    return name();
  }
}
