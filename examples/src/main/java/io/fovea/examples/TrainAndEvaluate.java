package io.fovea.examples;

import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chapter 6 of the guide, training and evaluation: the course's CNN on the Fashion-MNIST sample,
 * fitted with a validation split, evaluated on the test images, its predictions drawn and counted
 * in a confusion matrix.
 *
 * <p>Writes {@code predictions.png} and {@code confusion.png} into the folder {@code args[0]}.
 */
public final class TrainAndEvaluate {

  private TrainAndEvaluate() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);

    // Images [n, 28, 28] of 0..255 to [n, 28, 28, 1] in [0, 1]: Conv2D wants a channel axis.
    TrainTestData data = Datasets.fashionMnistSample();
    Tensor xTrain = data.xTrain().div(255f).reshape(-1, 28, 28, 1);
    Tensor xTest = data.xTest().div(255f).reshape(-1, 28, 28, 1);
    Tensor yTrain = Labels.toCategorical(data.yTrain(), 10);
    Tensor yTest = Labels.toCategorical(data.yTest(), 10);

    Sequential model = new Sequential().seed(42);
    model.add(new Conv2D(32, 3).padding("same").activation("relu").inputShape(28, 28, 1));
    model.add(new MaxPooling2D(2));
    model.add(new Conv2D(64, 3).padding("same").activation("relu"));
    model.add(new MaxPooling2D(2));
    model.add(new Flatten());
    model.add(new Dense(128, "relu"));
    model.add(new Dropout(0.3));
    model.add(new Dense(10, "softmax"));
    model.compile("adam", "categorical_crossentropy", "accuracy");

    History history =
        model.fit(xTrain, yTrain, Fit.epochs(3).batchSize(32).validationSplit(0.2).verbose(2));
    System.out.printf(Locale.ROOT, "last val_accuracy %.4f%n", history.last("val_accuracy"));

    double[] lossAndAccuracy = model.evaluate(xTest, yTest);
    System.out.printf(
        Locale.ROOT,
        "test loss %.4f, test accuracy %.4f%n",
        lossAndAccuracy[0],
        lossAndAccuracy[1]);

    String[] names = data.classNames().toArray(String[]::new);
    int[] truth = Labels.asInts(data.yTest());
    int[] predicted = model.predictClasses(xTest);
    Plots.confusionMatrix(truth, predicted, names, out.resolve("confusion.png"));
    Plots.predictionGrid(model, xTest, data.yTest(), names, 12, 7, out.resolve("predictions.png"));
  }
}
