package io.fovea.examples;

import io.fovea.callbacks.EarlyStopping;
import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chapter 7 of the guide, learning curves: the loss and accuracy per epoch on the training and the
 * validation data, drawn; a big Dense network on little data over-fits, and early stopping ends the
 * training when the validation loss stops falling.
 *
 * <p>Writes {@code curves.png} and {@code curves-early-stopping.png} into the folder {@code
 * args[0]}.
 */
public final class TrainingCurves {

  private TrainingCurves() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);
    TrainTestData data = Datasets.fashionMnistSample();
    Tensor x = data.xTrain().slice(0, 1000).div(255f).reshape(-1, 784);
    Tensor y = Labels.toCategorical(data.yTrain().slice(0, 1000), 10);

    History history =
        model().fit(x, y, Fit.epochs(15).batchSize(32).validationSplit(0.3).verbose(0));
    System.out.println("keys " + history.keys());
    for (int epoch = 0; epoch < history.epochs().size(); epoch += 7) {
      System.out.printf(
          Locale.ROOT,
          "epoch %d: loss %.3f, val_loss %.3f%n",
          epoch + 1,
          history.get("loss").get(epoch),
          history.get("val_loss").get(epoch));
    }
    Plots.learningCurves(history, out.resolve("curves.png"));

    EarlyStopping stop = new EarlyStopping().monitor("val_loss").patience(2);
    Fit patient = Fit.epochs(15).batchSize(32).validationSplit(0.3).verbose(0).callbacks(stop);
    History stopped = model().fit(x, y, patient);
    System.out.println("early stopping after " + stopped.epochs().size() + " epochs");
    Plots.learningCurves(stopped, out.resolve("curves-early-stopping.png"));
  }

  private static Sequential model() {
    Sequential model = new Sequential().seed(1);
    model.add(new Dense(512, "relu").inputShape(784));
    model.add(new Dense(512, "relu"));
    model.add(new Dense(10, "softmax"));
    return model.compile("adam", "categorical_crossentropy", "accuracy");
  }
}
