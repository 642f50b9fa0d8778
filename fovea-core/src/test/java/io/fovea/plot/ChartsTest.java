package io.fovea.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.tensor.Tensor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

  /** Figures land here so that people can look at them after a build. */
  static final Path OUT = Path.of("target", "plots");

  static Map<String, List<Double>> history(boolean validation, boolean accuracy) {
    Map<String, List<Double>> h = new LinkedHashMap<>();
    h.put("loss", List.of(1.2, 0.8, 0.6, 0.5, 0.43, 0.4, 0.38, 0.36));
    if (accuracy) {
      h.put("accuracy", List.of(0.55, 0.7, 0.78, 0.82, 0.85, 0.87, 0.88, 0.89));
    }
    if (validation) {
      h.put("val_loss", List.of(1.0, 0.75, 0.62, 0.58, 0.55, 0.56, 0.58, 0.6));
      if (accuracy) {
        h.put("val_accuracy", List.of(0.6, 0.72, 0.76, 0.79, 0.8, 0.8, 0.79, 0.79));
      }
    }
    return h;
  }

  @Test
  void learningCurvesDrawBothLinesInBothPanels() throws IOException {
    BufferedImage img = Charts.learningCurves(history(true, true));
    ImageIO.write(img, "png", Files.createDirectories(OUT).resolve("learning-curves.png").toFile());

    assertThat(img.getWidth()).isEqualTo(1200);
    assertThat(img.getHeight()).isEqualTo(450);
    for (int panel = 0; panel < 2; panel++) {
      assertThat(countColor(img, panel * 600, 600, Figures.TAB10[0]))
          .as("blue training pixels in panel %d", panel)
          .isGreaterThan(200);
      assertThat(countColor(img, panel * 600, 600, Figures.TAB10[1]))
          .as("orange validation pixels in panel %d", panel)
          .isGreaterThan(200);
    }
  }

  @Test
  void learningCurvesWithoutValidationOrMetricHaveOnePanelAndOneLine() {
    BufferedImage img = Charts.learningCurves(history(false, false));

    assertThat(img.getWidth()).isEqualTo(600);
    assertThat(countColor(img, 0, 600, Figures.TAB10[0])).isGreaterThan(200);
    assertThat(countColor(img, 0, 600, Figures.TAB10[1])).isZero();
  }

  @Test
  void learningCurvesRejectAHistoryWithoutLoss() {
    assertThatThrownBy(() -> Charts.learningCurves(Map.of("accuracy", List.of(0.5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "learningCurves: expected a history with 'loss', got [accuracy]. "
                + "Pass what fit returned");
  }

  @Test
  void confusionMatrixCountsTrueDownAndPredictedAcross() {
    int[][] m =
        Charts.confusionCounts(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 2, 0}, 3);

    assertThat(m).isEqualTo(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 2}});
  }

  @Test
  void confusionMatrixRejectsALabelOutsideTheClasses() {
    assertThatThrownBy(() -> Charts.confusionCounts(new int[] {0, 3}, new int[] {0, 1}, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "confusionMatrix: expected yTrue[1] in [0, 3), got 3. "
                + "Pass one class name per class");
  }

  @Test
  void confusionMatrixCellsDarkenWithTheCountAndTextContrasts() throws IOException {
    Random rnd = new Random(6);
    int n = 600;
    int[] yTrue = new int[n];
    int[] yPred = new int[n];
    for (int i = 0; i < n; i++) {
      yTrue[i] = rnd.nextInt(4);
      // Mostly right, and class 3 is mistaken for class 1 half of the time.
      yPred[i] = yTrue[i] == 3 && rnd.nextBoolean() ? 1 : rnd.nextInt(10) == 0 ? 2 : yTrue[i];
    }
    String[] names = {"airplane", "automobile", "bird", "cat"};
    Charts.confusionMatrix(yTrue, yPred, names, OUT.resolve("confusion-matrix.png"));
    BufferedImage img = ImageIO.read(OUT.resolve("confusion-matrix.png").toFile());
    ConfusionMatrix f = Charts.confusion(yTrue, yPred, names);
    int[][] m = Charts.confusionCounts(yTrue, yPred, 4);

    assertThat(img.getWidth()).isEqualTo(f.width());
    assertThat(img.getHeight()).isEqualTo(f.height());
    double diagonal = luminance(cornerOf(img, f, 0, 0));
    double someErrors = luminance(cornerOf(img, f, 3, 1));
    double none = luminance(cornerOf(img, f, 0, 3));
    assertThat(m[0][0]).isGreaterThan(m[3][1]).isGreaterThan(m[0][3]);
    assertThat(diagonal).isLessThan(someErrors);
    assertThat(someErrors).isLessThan(none);
    assertThat(countLuminance(img, f, 0, 0, 230, 256))
        .as("white count on the dark diagonal")
        .isGreaterThan(10);
    assertThat(countLuminance(img, f, 0, 3, 0, 40))
        .as("black count on the light empty cell")
        .isGreaterThan(10);
  }

  @Test
  void confusionMatrixOfTenClassesKeepsEveryNameInsideTheFigure() throws IOException {
    String[] names = {
      "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"
    };
    Random rnd = new Random(10);
    int[] yTrue = new int[2000];
    int[] yPred = new int[2000];
    for (int i = 0; i < yTrue.length; i++) {
      yTrue[i] = rnd.nextInt(10);
      yPred[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(10) : yTrue[i];
    }
    BufferedImage img = Charts.confusionMatrix(yTrue, yPred, names);
    ImageIO.write(img, "png", OUT.resolve("confusion-matrix-10.png").toFile());
    ConfusionMatrix f = Charts.confusion(yTrue, yPred, names);

    int below = f.cellY(10) + 4;
    assertThat(countDark(img, 0, below, img.getWidth(), img.getHeight() - below))
        .as("names and label under the grid")
        .isGreaterThan(500);
    assertThat(countDark(img, 0, 0, 3, img.getHeight())).as("nothing cut at the left").isZero();
  }

  @Test
  void decisionBoundaryShadesLeftAndRightWhenOnlyX0Matters() throws IOException {
    Sequential model = new Sequential(new Dense(1, "sigmoid").inputShape(2));
    model.setWeights(List.of(Tensor.of(new float[][] {{10}, {0}}), Tensor.of(new float[] {0}, 1)));
    Tensor[] data = blobs(40, 2, 11);

    Charts.decisionBoundary(model, data[0], data[1], OUT.resolve("decision-boundary.png"));
    BufferedImage img = ImageIO.read(OUT.resolve("decision-boundary.png").toFile());

    assertThat(img.getWidth()).isEqualTo(DecisionBoundary.WIDTH);
    assertThat(img.getHeight()).isEqualTo(DecisionBoundary.HEIGHT);
    int top = DecisionBoundary.TOP + 3;
    int left = DecisionBoundary.LEFT + 3;
    int right = DecisionBoundary.LEFT + DecisionBoundary.PLOT - 3;
    assertThat(new Color(img.getRGB(left, top))).isEqualTo(DecisionBoundary.regionColor(0));
    assertThat(new Color(img.getRGB(right, top))).isEqualTo(DecisionBoundary.regionColor(1));
    assertThat(countColor(img, 0, img.getWidth(), DecisionBoundary.classColor(1)))
        .as("orange points")
        .isGreaterThan(40 * 10);
  }

  @Test
  void decisionBoundaryTakesTheArgmaxOfSeveralOutputs() throws IOException {
    Sequential model = new Sequential(new Dense(3, "softmax").inputShape(2));
    model.setWeights(
        List.of(
            Tensor.of(new float[][] {{-10, 0, 10}, {0, 0, 0}}),
            Tensor.of(new float[] {0, 3, 0}, 3)));
    Tensor[] data = blobs(30, 3, 12);

    BufferedImage img = Charts.decisionBoundary(model, data[0], data[1]);
    ImageIO.write(img, "png", OUT.resolve("decision-boundary-3.png").toFile());

    int y = DecisionBoundary.TOP + 3;
    int[] xs = {3, DecisionBoundary.PLOT / 2, DecisionBoundary.PLOT - 3};
    for (int k = 0; k < 3; k++) {
      assertThat(new Color(img.getRGB(DecisionBoundary.LEFT + xs[k], y)))
          .as("region %d", k)
          .isEqualTo(DecisionBoundary.regionColor(k));
    }
  }

  @Test
  void decisionBoundaryRejectsInputsThatAreNotTwoDimensional() {
    Sequential model = new Sequential(new Dense(1, "sigmoid").inputShape(3));
    assertThatThrownBy(() -> Charts.decisionBoundary(model, Tensor.zeros(5, 3), Tensor.zeros(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "decisionBoundary: expected x of shape [n, 2] with n > 0, got [5, 3]. "
                + "The picture needs exactly two input features");
  }

  @Test
  void chartsWriteSvgWhenTheNameSaysSo() throws IOException {
    Files.createDirectories(OUT);
    Path curves = OUT.resolve("learning-curves.svg");
    Path matrix = OUT.resolve("confusion-matrix.svg");
    Charts.learningCurves(history(true, true), curves);
    Charts.confusionMatrix(new int[] {0, 1}, new int[] {0, 1}, new String[] {"a", "b"}, matrix);

    for (Path svg : List.of(curves, matrix)) {
      String text = Files.readString(svg, StandardCharsets.UTF_8);
      assertThat(text).as("%s", svg).contains("<svg").contains("</svg>");
    }
    assertThat(Files.readString(curves)).contains("viewBox=\"0 0 1200 450\"");
    try (var files = Files.list(OUT)) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  /** {@code k} Gaussian blobs of {@code perClass} points along x0, labels {@code [n]}. */
  static Tensor[] blobs(int perClass, int k, long seed) {
    Random rnd = new Random(seed);
    float[] x = new float[perClass * k * 2];
    float[] y = new float[perClass * k];
    for (int i = 0; i < y.length; i++) {
      int c = i % k;
      x[2 * i] = (float) (-1 + 2.0 * c / (k - 1) + 0.2 * rnd.nextGaussian());
      x[2 * i + 1] = (float) rnd.nextGaussian() * 0.6f;
      y[i] = c;
    }
    return new Tensor[] {Tensor.of(x, y.length, 2), Tensor.of(y, y.length)};
  }

  static int countColor(BufferedImage img, int x0, int width, Color c) {
    return countColor(img, x0, width, c, 0, img.getHeight());
  }

  static int countColor(BufferedImage img, int x0, int width, Color c, int y0, int height) {
    int count = 0;
    for (int y = y0; y < y0 + height; y++) {
      for (int x = x0; x < x0 + width; x++) {
        count += (img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF) ? 1 : 0;
      }
    }
    return count;
  }

  /** The pixels of a cell with luminance in {@code [lo, hi)}. */
  private static int countLuminance(
      BufferedImage img, ConfusionMatrix f, int row, int col, double lo, double hi) {
    int count = 0;
    for (int y = f.cellY(row); y < f.cellY(row) + f.cellSize(); y++) {
      for (int x = f.cellX(col); x < f.cellX(col) + f.cellSize(); x++) {
        double l = luminance(new Color(img.getRGB(x, y)));
        count += l >= lo && l < hi ? 1 : 0;
      }
    }
    return count;
  }

  private static int countDark(BufferedImage img, int x0, int y0, int w, int h) {
    int count = 0;
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        count += luminance(new Color(img.getRGB(x, y))) < 100 ? 1 : 0;
      }
    }
    return count;
  }

  private static Color cornerOf(BufferedImage img, ConfusionMatrix f, int row, int col) {
    return new Color(img.getRGB(f.cellX(col) + 3, f.cellY(row) + 3));
  }

  static double luminance(Color c) {
    return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
  }
}
