package io.fovea.cli;

import io.fovea.data.Labels;
import io.fovea.nn.Conv2D;
import io.fovea.plot.ImagePlots;
import io.fovea.plot.Report;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The pictures and the report of {@code fovea demo}, drawn by {@code io.fovea.plot}. */
final class DemoFiles {

  static final int GRID_COLUMNS = 8;
  static final int GRID_IMAGES = 32;
  private static final int PREDICTION_SAMPLE = 16;

  private DemoFiles() {}

  /**
   * Writes the first {@link #GRID_IMAGES} of {@code images} ({@code [n, h, w, 1]} in {@code [0,
   * 1]}) as a grid titled with their class names.
   */
  static void writeTrainingGrid(Tensor images, int[] labels, List<String> classes, Path file)
      throws IOException {
    int count = Math.min(GRID_IMAGES, images.shape().dim(0));
    String[] titles = new String[count];
    for (int i = 0; i < count; i++) {
      titles[i] = classes.get(labels[i]);
    }
    ImagePlots.imageGrid(images.slice(0, count), titles, GRID_COLUMNS, file);
  }

  /**
   * Writes the self-contained HTML report: summary, learning curves, test metrics, confusion
   * matrix, a prediction grid, the first layer's filters and its activation maps for one test
   * image, and the example predictions.
   */
  static void writeReport(Demo.Outcome o, Path file) throws IOException {
    String[] names = o.classes().toArray(new String[0]);
    int[] predicted = Labels.argmax(o.model().predict(o.xTest(), 128));
    Report.Builder report =
        Report.builder()
            .title("Fovea demo: a CNN on the Fashion-MNIST sample")
            .model(o.model())
            .history(o.history())
            .metrics(o.test())
            .confusion(o.testLabels(), predicted, names)
            .predictions(
                ImagePlots.predictionGrid(
                    o.model(), o.xTest(), o.testLabels(), names, PREDICTION_SAMPLE, o.seed()))
            .filters(ImagePlots.filters((Conv2D) o.model().layer(0)))
            .activations(ImagePlots.activations(o.model(), 0, o.xTest().index(0)));
    report.figure(
        "Example predictions: " + String.join("; ", o.predictions()),
        ImagePlots.imageGrid(
            o.xTest().slice(0, o.predictions().size()), null, o.predictions().size()));
    report.write(file);
  }
}
