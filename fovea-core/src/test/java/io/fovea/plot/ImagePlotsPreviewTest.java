package io.fovea.plot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fovea.data.Datasets;
import io.fovea.data.TrainTestData;
import io.fovea.image.Images;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Draws every image figure from the Fashion-MNIST sample and a briefly trained CNN into {@code
 * target/plots}, so that a person can look at them; checks only that each PNG is written.
 */
class ImagePlotsPreviewTest {

  @Test
  void drawsEveryFigureFromFashionMnist() throws Exception {
    Path dir = Path.of("target", "plots");
    TrainTestData data = Datasets.fashionMnistSample();
    String[] names = data.classNames().toArray(String[]::new);
    Tensor x = data.xTrain().div(255f).reshape(3000, 28, 28, 1);
    Sequential model = new Sequential().seed(3);
    model.add(new Conv2D(16, 5).padding("same").activation("relu").inputShape(28, 28, 1));
    model.add(new MaxPooling2D(2));
    model.add(new Flatten());
    model.add(new Dense(10, "softmax"));
    model
        .compile("adam", "sparse_categorical_crossentropy", "accuracy")
        .output(new PrintStream(OutputStream.nullOutputStream()));
    model.fit(x, data.yTrain(), Fit.epochs(2).batchSize(64));

    Tensor first = data.xTrain().slice(0, 6);
    String[] titles = new String[6];
    for (int i = 0; i < 6; i++) {
      titles[i] = names[(int) data.yTrain().get(i)];
    }
    ImagePlots.imageGrid(first, titles, 6, dir.resolve("image-grid.png"));
    ImagePlots.predictionGrid(
        model,
        data.xTest().div(255f),
        data.yTest(),
        names,
        15,
        1L,
        dir.resolve("prediction-grid.png"));
    ImagePlots.pixelValues(data.xTrain().index(0), dir.resolve("pixel-values.png"));
    ImagePlots.filters((Conv2D) model.layer(0), dir.resolve("filters.png"));
    ImagePlots.activations(model, 0, x.index(0), dir.resolve("activations.png"));
    ImagePlots.channels(Images.sample("astronaut"), dir.resolve("channels.png"));
    ImagePlots.imageGrid(
        crops(Images.sample("astronaut"), 36), null, 6, dir.resolve("colour-grid.png"));
    Tensor colour = Tensor.randomUniform(Shape.of(3, 3, 3, 16), -1, 1, 5L);
    ImagePlots.filters(colour, dir.resolve("filters-rgb.png"));
    for (String f :
        new String[] {
          "image-grid",
          "prediction-grid",
          "pixel-values",
          "filters",
          "activations",
          "channels",
          "filters-rgb",
          "colour-grid"
        }) {
      assertThat(Files.size(dir.resolve(f + ".png"))).as(f).isPositive();
    }
  }

  /** {@code n} crops 32 x 32 of {@code image [h, w, 3]} along a diagonal, like CIFAR images. */
  private static Tensor crops(Tensor image, int n) {
    int size = 32;
    int w = image.shape().dim(1);
    Tensor out = Tensor.zeros(n, size, size, 3);
    for (int k = 0; k < n; k++) {
      int y0 = (k / 6) * 36;
      int x0 = (k % 6) * 36;
      for (int p = 0; p < size * size * 3; p++) {
        int y = p / (size * 3);
        int x = p / 3 % size;
        float v = image.getFlat(((y0 + y) * w + x0 + x) * 3 + p % 3);
        out.setFlat(k * size * size * 3 + p, v);
      }
    }
    return out;
  }
}
