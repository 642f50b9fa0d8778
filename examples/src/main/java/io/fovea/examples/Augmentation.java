package io.fovea.examples;

import io.fovea.data.ArrayFlow;
import io.fovea.data.Datasets;
import io.fovea.data.DirectoryFlow;
import io.fovea.data.Flow;
import io.fovea.data.ImageDataGenerator;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.image.Images;
import io.fovea.model.BatchSource.Batch;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Chapter 9 of the guide, data generators and augmentation: an {@code ImageDataGenerator} that
 * rescales and randomly shifts, rotates, zooms and flips images, fed to {@code fit} batch by batch;
 * then images in a folder per class read with {@code flowFromDirectory}.
 *
 * <p>Writes {@code originals.png}, {@code augmented.png} and a folder {@code shoes-and-bags} of PNG
 * files into the folder {@code args[0]}.
 */
public final class Augmentation {

  private Augmentation() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);
    TrainTestData data = Datasets.fashionMnistSample();
    Tensor x = data.xTrain().reshape(-1, 28, 28, 1);
    Tensor y = Labels.toCategorical(data.yTrain(), 10);

    ImageDataGenerator generator =
        new ImageDataGenerator()
            .rescale(1 / 255f)
            .rotationRange(20)
            .widthShiftRange(0.1)
            .heightShiftRange(0.1)
            .zoomRange(0.1)
            .horizontalFlip(true);
    ArrayFlow flow = generator.flow(x, y, Flow.defaults().batchSize(32).seed(1));

    // The same 8 images without and with augmentation.
    Plots.imageGrid(x.slice(0, 8), 8, out.resolve("originals.png"));
    ArrayFlow inOrder = generator.flow(x.slice(0, 8), null, 8, false, 1);
    Batch batch = inOrder.batch(0, 0);
    System.out.println("augmented batch " + batch.x().shape() + ", max " + batch.x().max());
    Plots.imageGrid(batch.x(), 8, out.resolve("augmented.png"));

    Sequential model = cnn(28, 28);
    model.compile("adam", "categorical_crossentropy", "accuracy");
    Tensor xTest = data.xTest().reshape(-1, 28, 28, 1);
    Tensor yTest = Labels.toCategorical(data.yTest(), 10);
    ArrayFlow test = new ImageDataGenerator().rescale(1 / 255f).flow(xTest, yTest, 100, false, 0);
    History history =
        model.fit(flow, Fit.epochs(2).stepsPerEpoch(40).validationData(test).verbose(2));
    System.out.printf(Locale.ROOT, "val_accuracy %.4f%n", history.last("val_accuracy"));

    // A folder per class, as Keras's flow_from_directory expects.
    Path folder = out.resolve("shoes-and-bags");
    int[] labels = Labels.asInts(data.yTrain());
    for (int i = 0; i < 200; i++) {
      String name = labels[i] == 8 ? "bag" : labels[i] == 7 ? "sneaker" : null;
      if (name != null) {
        Path file = folder.resolve(name).resolve(i + ".png");
        Files.createDirectories(file.getParent());
        Images.write(data.xTrain().index(i).div(255f), file);
      }
    }
    DirectoryFlow files =
        new ImageDataGenerator()
            .rescale(1 / 255f)
            .flowFromDirectory(
                folder,
                Flow.targetSize(28, 28).colorMode("grayscale").classMode("binary").batchSize(8));
    Map<String, Integer> classes = files.classIndices();
    System.out.println("classes " + classes + ", first batch " + files.batch(0, 0).x().shape());
  }

  private static Sequential cnn(int height, int width) {
    return new Sequential()
        .seed(5)
        .add(new Conv2D(16, 3).activation("relu").inputShape(height, width, 1))
        .add(new MaxPooling2D(2))
        .add(new Flatten())
        .add(new Dense(10, "softmax"));
  }
}
