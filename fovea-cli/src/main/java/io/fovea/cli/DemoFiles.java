package io.fovea.cli;

import io.fovea.data.Labels;
import io.fovea.model.History;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.plot.ImagePlots;
import io.fovea.plot.Report;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

  /** What a report shows: a trained model, its history, metrics, and the images it scored. */
  record ReportData(
      String title,
      Sequential model,
      History history,
      Map<String, Double> metrics,
      Tensor x,
      int[] labels,
      List<String> classes,
      long seed) {}

  /**
   * The report of {@code fovea demo} and {@code fovea train}: summary, learning curves, metrics,
   * confusion matrix of {@code x}, and for image inputs a prediction grid and, when the first layer
   * is a {@code Conv2D}, its filters and its activation maps for the first image.
   */
  static Report.Builder report(ReportData d) {
    String[] names = d.classes().toArray(new String[0]);
    int[] predicted = Labels.argmax(d.model().predict(d.x(), 128));
    Report.Builder report =
        Report.builder()
            .title(d.title())
            .model(d.model())
            .history(d.history())
            .metrics(d.metrics())
            .confusion(d.labels(), predicted, names);
    int channels = d.x().rank() == 4 ? d.x().shape().dim(3) : 0;
    if (channels == 1 || channels == 3) {
      report.predictions(
          ImagePlots.predictionGrid(
              d.model(),
              d.x(),
              d.labels(),
              names,
              Math.min(PREDICTION_SAMPLE, d.labels().length),
              d.seed()));
      if (d.model().layer(0) instanceof Conv2D conv) {
        report
            .filters(ImagePlots.filters(conv))
            .activations(ImagePlots.activations(d.model(), 0, d.x().index(0)));
      }
    }
    return report;
  }

  /** Writes the demo's self-contained HTML report: {@link #report} and the example predictions. */
  static void writeReport(Demo.Outcome o, Path file) throws IOException {
    Report.Builder report =
        report(
            new ReportData(
                "Fovea demo: a CNN on the Fashion-MNIST sample",
                o.model(),
                o.history(),
                o.test(),
                o.xTest(),
                o.testLabels(),
                o.classes(),
                o.seed()));
    report.figure(
        "Example predictions: " + String.join("; ", o.predictions()),
        ImagePlots.imageGrid(
            o.xTest().slice(0, o.predictions().size()), null, o.predictions().size()));
    report.write(file);
  }
}
