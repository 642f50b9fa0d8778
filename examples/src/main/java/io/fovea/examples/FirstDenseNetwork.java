package io.fovea.examples;

import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chapter 4 of the guide, the first Dense network: Fashion-MNIST images flattened to 784 numbers in
 * {@code [0, 1]}, one-hot labels, {@code Dense(128, relu) -> Dense(10, softmax)}, trained with
 * Adam, evaluated on the test images.
 *
 * <p>Writes {@code fashion.png} (the first training images with their class names) into the folder
 * {@code args[0]}.
 */
public final class FirstDenseNetwork {

  private FirstDenseNetwork() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);

    // 3,000 training and 1,000 test images [n, 28, 28] of 0..255, labels [n] of 0..9.
    TrainTestData data = Datasets.fashionMnistSample();
    List<String> classes = data.classNames();
    System.out.println("train " + data.xTrain().shape() + ", test " + data.xTest().shape());
    System.out.println("first labels " + Arrays.toString(Labels.asInts(data.yTrain().slice(0, 8))));

    String[] titles = new String[10];
    int[] first = Labels.asInts(data.yTrain().slice(0, 10));
    for (int i = 0; i < 10; i++) {
      titles[i] = classes.get(first[i]);
    }
    Plots.imageGrid(data.xTrain().slice(0, 10), titles, 5, out.resolve("fashion.png"));

    // Flatten each image to 784 values in [0, 1]; labels to one-hot rows.
    Tensor xTrain = data.xTrain().div(255f).reshape(-1, 784);
    Tensor xTest = data.xTest().div(255f).reshape(-1, 784);
    Tensor yTrain = Labels.toCategorical(data.yTrain(), 10);
    Tensor yTest = Labels.toCategorical(data.yTest(), 10);
    System.out.println("label " + first[0] + " one-hot: " + yTrain.index(0));

    Sequential model = new Sequential().seed(42);
    model.add(new Dense(128, "relu").inputShape(784));
    model.add(new Dense(10, "softmax"));
    model.summary();

    model.compile("adam", "categorical_crossentropy", "accuracy");
    model.fit(xTrain, yTrain, Fit.epochs(5).batchSize(32).verbose(2));

    Map<String, Double> test = model.evaluateNamed(xTest, yTest, 128);
    System.out.printf(
        Locale.ROOT,
        "test loss %.4f, test accuracy %.4f%n",
        test.get("loss"),
        test.get("accuracy"));

    Tensor probabilities = model.predict(xTest.slice(0, 1));
    int predicted = model.predictClasses(xTest.slice(0, 1))[0];
    System.out.printf(
        Locale.ROOT,
        "test image 0: %s with probability %.2f, truly %s%n",
        classes.get(predicted),
        probabilities.get(0, predicted),
        classes.get(Labels.asInts(data.yTest())[0]));
  }
}
