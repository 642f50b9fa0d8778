package io.fovea.examples;

import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.image.Filters;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.plot.Plots;
import io.fovea.saving.Models;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chapter 8 of the guide, saved weights and kernels: a trained CNN saved as a Keras 3 {@code
 * .keras} archive, as Keras 3 weights ({@code .weights.h5}) and as a legacy Keras HDF5 file ({@code
 * .h5}), loaded back with the same predictions; its first layer's kernels read as a tensor, drawn,
 * and applied by hand to give exactly the layer's feature maps.
 *
 * <p>Writes {@code cnn.keras}, {@code cnn.weights.h5}, {@code cnn.h5}, {@code filters.png} and
 * {@code activations.png} into the folder {@code args[0]}.
 */
public final class SavedWeights {

  private SavedWeights() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);
    TrainTestData data = Datasets.fashionMnistSample();
    Tensor x = data.xTrain().div(255f).reshape(-1, 28, 28, 1);
    Tensor y = Labels.toCategorical(data.yTrain(), 10);
    Tensor xTest = data.xTest().slice(0, 100).div(255f).reshape(-1, 28, 28, 1);

    Sequential model = cnn();
    model.compile("adam", "categorical_crossentropy", "accuracy");
    model.fit(x, y, Fit.epochs(2).batchSize(64).verbose(0));

    // The whole model: architecture, weights and compile settings; Keras loads it too.
    Models.save(model, out.resolve("cnn.keras"));
    Sequential loaded = Models.load(out.resolve("cnn.keras"));
    float difference = loaded.predict(xTest).sub(model.predict(xTest)).map(Math::abs).max();
    System.out.printf(Locale.ROOT, "cnn.keras: max |difference| of predictions %.1e%n", difference);

    // Weights only, into a model built the same way.
    Models.saveWeights(model, out.resolve("cnn.weights.h5"));
    Sequential twin = cnn();
    Models.loadWeights(twin, out.resolve("cnn.weights.h5"));
    System.out.println("same weights: " + twin.getWeights().equals(model.getWeights()));

    // The legacy HDF5 file of Keras 2 and tf.keras: the name says the format.
    Models.save(model, out.resolve("cnn.h5"));
    System.out.println("cnn.h5: " + Models.load(out.resolve("cnn.h5")).countParams() + " params");
    for (String name : new String[] {"cnn.keras", "cnn.weights.h5", "cnn.h5"}) {
      System.out.println(name + ": " + Files.size(out.resolve(name)) + " bytes");
    }

    // The kernels are a tensor [kh, kw, in, filters], the bias [filters].
    Conv2D conv = (Conv2D) model.layer("conv2d");
    Tensor kernel = conv.getWeights().get(0);
    Tensor bias = conv.getWeights().get(1);
    System.out.println("kernel " + kernel.shape() + ", bias " + bias.shape());
    Plots.filters(conv, out.resolve("filters.png"));

    // Convolving by hand with the layer's kernels, adding the bias, then ReLU: the layer's output.
    Tensor image = xTest.index(0);
    Tensor maps = Filters.convolve2d(image, kernel, "same", 1);
    Tensor byHand =
        Tensor.fromFunction(maps.shape(), i -> Math.max(0f, maps.get(i) + bias.get(i[2])));
    Tensor byLayer = model.outputOf("conv2d", xTest.slice(0, 1)).index(0);
    System.out.println("by hand equals the layer: " + byHand.allClose(byLayer, 1e-4, 1e-5));
    Plots.activations(model, "conv2d", image, out.resolve("activations.png"));
  }

  private static Sequential cnn() {
    return new Sequential()
        .seed(3)
        .add(new Conv2D(16, 3).padding("same").activation("relu").inputShape(28, 28, 1))
        .add(new MaxPooling2D(2))
        .add(new Flatten())
        .add(new Dense(10, "softmax"));
  }
}
