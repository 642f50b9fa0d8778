package io.fovea.examples;

import io.fovea.applications.ImageNet;
import io.fovea.applications.VGG16;
import io.fovea.data.Datasets;
import io.fovea.data.Labels;
import io.fovea.data.TrainTestData;
import io.fovea.model.Fit;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.Layer;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.util.Locale;

/**
 * Chapter 10 of the guide, VGG16 and transfer learning: the VGG16 convolutional base (random
 * weights here, Keras's ImageNet weights with {@code VGG16.load}) on small 32x32 colour images,
 * first as a fixed feature extractor for a small Dense classifier, then frozen under a new head
 * trained end to end for a few steps.
 *
 * <p>Writes nothing; prints the parameter counts and the accuracies.
 */
public final class TransferLearning {

  private TransferLearning() {}

  /** Runs the chapter; {@code args} are not used. */
  public static void main(String[] args) throws IOException {
    Sequential full = VGG16.build(true);
    System.out.printf(Locale.ROOT, "VGG16 on 224x224x3: %,d params%n", full.countParams());

    // Fashion-MNIST as VGG16 wants it: 32x32 (zero border of 2), 3 channels, 0..255, "caffe".
    TrainTestData data = Datasets.fashionMnistSample();
    Tensor x = toColour32(data.xTrain().slice(0, 256));
    Tensor y = Labels.toCategorical(data.yTrain().slice(0, 256), 10);
    Tensor xTest = toColour32(data.xTest().slice(0, 200));
    Tensor yTest = Labels.toCategorical(data.yTest().slice(0, 200), 10);

    // 1. Feature extraction: run the base once, train a small classifier on its outputs.
    Sequential base = VGG16.build(false, Shape.of(32, 32, 3), 1000, 42);
    System.out.println("base output " + base.outputShape() + ", " + base.countParams() + " params");
    Tensor features = base.predict(x).reshape(-1, 512);
    Tensor testFeatures = base.predict(xTest).reshape(-1, 512);
    Sequential classifier = new Sequential().seed(1);
    classifier.add(new Dense(64, "relu").inputShape(512));
    classifier.add(new Dense(10, "softmax"));
    classifier.compile("adam", "categorical_crossentropy", "accuracy");
    classifier.fit(features, y, Fit.epochs(20).batchSize(32).verbose(0));
    double accuracy = classifier.evaluateNamed(testFeatures, yTest, 100).get("accuracy");
    System.out.printf(Locale.ROOT, "feature extraction: test accuracy %.3f%n", accuracy);

    // 2. The frozen base under a new head, trained end to end: only the head learns.
    for (Layer layer : base.layers()) {
      layer.setTrainable(false);
    }
    base.add(new Flatten());
    base.add(new Dense(64, "relu"));
    base.add(new Dense(10, "softmax"));
    base.compile("adam", "categorical_crossentropy", "accuracy");
    base.summary();
    Tensor before = base.layer("block1_conv1").getWeights().get(0);
    Fit fewSteps = Fit.epochs(1).batchSize(32).verbose(2);
    History history = base.fit(x.slice(0, 128), y.slice(0, 128), fewSteps);
    boolean frozen = base.layer("block1_conv1").getWeights().get(0).equals(before);
    System.out.printf(
        Locale.ROOT, "fine-tuning: loss %.3f, base unchanged: %s%n", history.last("loss"), frozen);
  }

  /** {@code [n, 28, 28]} gray 0..255 to {@code [n, 32, 32, 3]} with "caffe" preprocessing. */
  private static Tensor toColour32(Tensor gray) {
    Tensor rgb =
        Tensor.fromFunction(
            Shape.of(gray.shape().dim(0), 32, 32, 3),
            i -> {
              int row = i[1] - 2;
              int col = i[2] - 2;
              boolean inside = row >= 0 && row < 28 && col >= 0 && col < 28;
              return inside ? gray.get(i[0], row, col) : 0f;
            });
    return ImageNet.preprocessInput(rgb, "caffe");
  }
}
