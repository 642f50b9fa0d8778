package io.fovea.data;

import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * Inputs and labels split into a training and a test (or validation) part, as {@code
 * keras.datasets.*.load_data()} returns {@code (x_train, y_train), (x_test, y_test)}, with the
 * class names when the data set has them (empty otherwise).
 *
 * <p>Shapes: {@code xTrain [n, ...]}, {@code yTrain [n]} or {@code [n, C]}; the same for test.
 */
public record TrainTestData(
    Tensor xTrain, Tensor yTrain, Tensor xTest, Tensor yTest, List<String> classNames) {

  /** Copies the class names. */
  public TrainTestData {
    classNames = List.copyOf(classNames);
  }

  /** Without class names. */
  public TrainTestData(Tensor xTrain, Tensor yTrain, Tensor xTest, Tensor yTest) {
    this(xTrain, yTrain, xTest, yTest, List.of());
  }
}
