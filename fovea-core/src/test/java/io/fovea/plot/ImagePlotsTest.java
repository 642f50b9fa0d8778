package io.fovea.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.image.ColorMap;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and sampled pixels of the image figures; positions follow the documented layout. */
class ImagePlotsTest {

  private static final int MARGIN = 10;

  /** {@code n} images {@code [h, w, 3]}, image {@code i} filled with {@code rgb[i]}. */
  private static Tensor constantImages(int h, int w, float[][] rgb) {
    Tensor t = Tensor.zeros(rgb.length, h, w, 3);
    for (int i = 0; i < rgb.length; i++) {
      for (int p = 0; p < h * w; p++) {
        for (int c = 0; c < 3; c++) {
          t.set(rgb[i][c], i, p / w, p % w, c);
        }
      }
    }
    return t;
  }

  /** The layout of {@code n} titled square tiles, to find title strips and tile positions. */
  private static TileFigure titledLayout(int n, int side, String title, int cols, int scale) {
    BufferedImage tile = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    return new TileFigure(
        Collections.nCopies(n, new TileFigure.Tile(tile, title)), cols, scale, ImagePlots.GRID_GAP);
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xffffff;
  }

  @Test
  void imageGridPlacesConstantColourTilesAtKnownPositions() {
    float[][] colours = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {0.2f, 0.4f, 0.6f}};
    BufferedImage fig = ImagePlots.imageGrid(constantImages(4, 6, colours), null, 3);
    // 6 px wide -> scale ceil(84 / 6) = 14 -> tiles 84 x 56, gaps of 8 px.
    assertThat(fig.getWidth()).isEqualTo(2 * MARGIN + 3 * 84 + 2 * 8);
    assertThat(fig.getHeight()).isEqualTo(2 * MARGIN + 2 * 56 + 8);
    int[] expected = {0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0x336699};
    for (int i = 0; i < 6; i++) {
      int cx = MARGIN + (i % 3) * (84 + 8) + 42;
      int cy = MARGIN + (i / 3) * (56 + 8) + 28;
      int want = i < 5 ? expected[i] : 0xffffff;
      assertThat(rgb(fig, cx, cy)).as("tile %d centre", i).isEqualTo(want);
      assertThat(rgb(fig, cx - 41, cy - 27)).as("tile %d corner", i).isEqualTo(want);
    }
    assertThat(rgb(fig, MARGIN + 84 + 4, MARGIN + 28)).as("gap").isEqualTo(0xffffff);
  }

  @Test
  void imageGridTreatsBytesAndUnitFloatsAlikeAndEnlargesSmallImages() {
    Tensor bytes = Tensor.zeros(2, 28, 28);
    bytes.index(0).fill(51f);
    bytes.index(1).fill(255f);
    Tensor unit = Tensor.zeros(2, 28, 28, 1);
    unit.index(0).fill(0.2f);
    unit.index(1).fill(1f);
    BufferedImage a = ImagePlots.imageGrid(bytes, null, 2);
    BufferedImage b = ImagePlots.imageGrid(unit, null, 2);
    assertThat(a.getWidth()).isEqualTo(2 * MARGIN + 2 * 84 + 8);
    assertThat(rgb(a, MARGIN + 42, MARGIN + 42)).isEqualTo(0x333333);
    assertThat(rgb(a, MARGIN + 84 + 8 + 42, MARGIN + 42)).isEqualTo(0xffffff);
    for (int y = 0; y < a.getHeight(); y += 7) {
      for (int x = 0; x < a.getWidth(); x += 7) {
        assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
      }
    }
  }

  @Test
  void imageGridWritesDarkTitleTextAboveEachTile() {
    Tensor images = Tensor.full(1f, 2, 28, 28);
    BufferedImage fig = ImagePlots.imageGrid(images, new String[] {"Ankle boot", null}, 2);
    TileFigure layout = titledLayout(1, 28, "x", 1, 3);
    int titleTop = MARGIN;
    int tileTop = MARGIN + layout.titleHeight;
    assertThat(fig.getHeight()).isEqualTo(2 * MARGIN + layout.titleHeight + 84);
    assertThat(darkPixels(fig, MARGIN, titleTop, 84, layout.titleHeight)).isGreaterThan(20);
    int second = fig.getWidth() - MARGIN - 84;
    assertThat(darkPixels(fig, second, titleTop, 84, layout.titleHeight)).isZero();
    assertThat(rgb(fig, MARGIN + 42, tileTop + 1)).isEqualTo(0xffffff);
  }

  private static int darkPixels(BufferedImage fig, int x0, int y0, int w, int h) {
    int n = 0;
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        int v = rgb(fig, x, y);
        n += (v >> 16 & 255) < 100 && (v >> 8 & 255) < 100 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void predictionGridTitlesRightPredictionsInBlueAndWrongOnesInRed() {
    int n = 9;
    Tensor images = Tensor.full(0.5f, n, 28, 28);
    int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2};
    Tensor predictions = Tensor.zeros(n, 3);
    int wrong = 0;
    for (int i = 0; i < n; i++) {
      // Images 2, 5 and 7 are predicted as the next class.
      boolean right = i != 2 && i != 5 && i != 7;
      predictions.set(1f, i, right ? labels[i] : (labels[i] + 1) % 3);
      wrong += right ? 0 : 1;
    }
    String[] names = {"cat", "dog", "ship"};
    BufferedImage fig = ImagePlots.predictionGrid(predictions, images, labels, names, n, 7L);
    int[] counts = titleColours(fig, n);
    assertThat(counts[1]).as("red titles").isEqualTo(wrong);
    assertThat(counts[0]).as("blue titles").isEqualTo(n - wrong);
  }

  @Test
  void predictionGridRunsTheModelOnTheSampledImages() {
    // One Dense unit per class: class 1 wins when the image is bright, class 0 when black.
    Sequential model = new Sequential(new Flatten().inputShape(2, 2, 1), new Dense(2, "softmax"));
    model.setWeights(
        List.of(
            Tensor.of(new float[] {-1, 1, -1, 1, -1, 1, -1, 1}, 4, 2),
            Tensor.of(new float[] {0.5f, 0}, 2)));
    Tensor images = Tensor.zeros(6, 2, 2);
    for (int i = 0; i < 3; i++) {
      images.index(i).fill(1f);
    }
    Tensor labels = Tensor.ones(6);
    BufferedImage fig = ImagePlots.predictionGrid(model, images, labels, null, 6, 3L);
    int[] counts = titleColours(fig, 6);
    assertThat(counts).containsExactly(3, 3);
  }

  /** The number of tiles whose title is mostly blue and mostly red. */
  private static int[] titleColours(BufferedImage fig, int n) {
    TileFigure layout = titledLayout(n, 28, "x", MapTiles.squareColumns(n), 3);
    int cellW = (fig.getWidth() - 2 * MARGIN - (layout.cols - 1) * layout.gap) / layout.cols;
    int[] counts = new int[2];
    for (int i = 0; i < n; i++) {
      int x0 = MARGIN + (i % layout.cols) * (cellW + layout.gap);
      int y0 = MARGIN + (i / layout.cols) * (layout.titleHeight + 84 + layout.gap);
      int blue = 0;
      int red = 0;
      for (int y = y0; y < y0 + layout.titleHeight; y++) {
        for (int x = x0; x < x0 + cellW; x++) {
          int v = rgb(fig, x, y);
          int r = v >> 16 & 255;
          int b = v & 255;
          blue += b > 180 && r < 90 ? 1 : 0;
          red += r > 180 && b < 90 ? 1 : 0;
        }
      }
      assertThat(blue + red).as("coloured title pixels of tile %d", i).isGreaterThan(10);
      counts[blue > red ? 0 : 1]++;
    }
    return counts;
  }

  @Test
  void predictionGridSamplesDistinctImagesReproducibly() {
    int[] a = PredictionGrid.sample(50, 20, 11L);
    assertThat(a).doesNotHaveDuplicates().hasSize(20);
    assertThat(Arrays.stream(a).allMatch(i -> i >= 0 && i < 50)).isTrue();
    assertThat(PredictionGrid.sample(50, 20, 11L)).containsExactly(a);
    assertThat(PredictionGrid.sample(50, 20, 12L)).isNotEqualTo(a);
  }

  @Test
  void pixelValuesWritesLightTextOnDarkCellsAndDarkTextOnLightCells() {
    Tensor image = Tensor.of(new float[] {0, 255, 128, 30}, 2, 2);
    PixelValuesPlot plot = new PixelValuesPlot(image.toArray(), 2, 2);
    BufferedImage fig = ImagePlots.pixelValues(image);
    assertThat(fig.getWidth()).isEqualTo(2 * MARGIN + 2 * plot.cell);
    int c = plot.cell;
    // 0 and 30 are dark cells with white text; 255 and 128 light cells with black text.
    assertThat(count(fig, plot.cellOrigin(0), plot.cellOrigin(0), c, true)).isGreaterThan(5);
    assertThat(count(fig, plot.cellOrigin(1), plot.cellOrigin(0), c, false)).isGreaterThan(5);
    assertThat(count(fig, plot.cellOrigin(0), plot.cellOrigin(1), c, false)).isGreaterThan(5);
    assertThat(count(fig, plot.cellOrigin(1), plot.cellOrigin(1), c, true)).isGreaterThan(5);
    assertThat(rgb(fig, plot.cellOrigin(0) + 1, plot.cellOrigin(0) + 1)).isEqualTo(0);
    assertThat(rgb(fig, plot.cellOrigin(1) + 1, plot.cellOrigin(1) + 1)).isEqualTo(0x1e1e1e);
  }

  /** Pixels of a cell far brighter (or darker) than its fill: the text's strokes. */
  private static int count(BufferedImage fig, int x0, int y0, int size, boolean bright) {
    int fill = rgb(fig, x0 + 1, y0 + 1) & 255;
    int n = 0;
    for (int y = y0; y < y0 + size; y++) {
      for (int x = x0; x < x0 + size; x++) {
        int v = rgb(fig, x, y) & 255;
        n += bright ? (v > fill + 80 ? 1 : 0) : (v < fill - 80 ? 1 : 0);
      }
    }
    return n;
  }

  @Test
  void pixelValuesWritesWholeNumbersAndTwoDecimalsLikePython() {
    assertThat(PixelValuesPlot.format(255f, true)).isEqualTo("255");
    assertThat(PixelValuesPlot.format(0.5f, false)).isEqualTo("0.5");
    assertThat(PixelValuesPlot.format(0.4712f, false)).isEqualTo("0.47");
    assertThat(PixelValuesPlot.format(0f, false)).isEqualTo("0.0");
  }

  @Test
  void filtersNormaliseEachKernelAndTileThemInASquareGrid() {
    Tensor kernel = Tensor.zeros(3, 3, 1, 5);
    for (int f = 0; f < 5; f++) {
      for (int p = 0; p < 9; p++) {
        kernel.set(f * 0.1f, p / 3, p % 3, 0, f);
      }
      // Filter 3 lights its top-left tap, the others their centre.
      kernel.set(f * 0.1f + 2f, f == 3 ? 0 : 1, f == 3 ? 0 : 1, 0, f);
    }
    BufferedImage fig = ImagePlots.filters(kernel);
    // 3 x 3 -> scale ceil(64 / 3) = 22 -> tiles 66 px, ceil(sqrt(5)) = 3 columns, gaps of 3.
    assertThat(fig.getWidth()).isEqualTo(2 * MARGIN + 3 * 66 + 2 * 3);
    assertThat(fig.getHeight()).isEqualTo(2 * MARGIN + 2 * 66 + 3);
    for (int f = 0; f < 5; f++) {
      int x0 = MARGIN + (f % 3) * 69;
      int y0 = MARGIN + (f / 3) * 69;
      assertThat(rgb(fig, x0 + 33, y0 + 33))
          .as("filter %d centre", f)
          .isEqualTo(f == 3 ? 0 : 0xffffff);
      assertThat(rgb(fig, x0 + 10, y0 + 10))
          .as("filter %d corner", f)
          .isEqualTo(f == 3 ? 0xffffff : 0);
    }
  }

  @Test
  void filtersWithThreeInputChannelsAreDrawnInColour() {
    Tensor kernel = Tensor.of(new float[] {4, -1, 0, -2, 1.5f, -2}, 1, 1, 3, 2);
    BufferedImage fig = ImagePlots.filters(kernel);
    // Filter 0 is (4, 0, 1.5) over [0, 4]; filter 1 is (-1, -2, -2) over [-2, -1].
    assertThat(rgb(fig, MARGIN + 32, MARGIN + 32)).isEqualTo(0xff0060);
    assertThat(rgb(fig, MARGIN + 64 + 3 + 32, MARGIN + 32)).isEqualTo(0xff0000);
  }

  @Test
  void activationsDrawOneViridisTilePerFeatureMap() {
    Sequential model = new Sequential(new Conv2D(5, 3).inputShape(6, 6, 1));
    Tensor kernel = Tensor.zeros(3, 3, 1, 5);
    kernel.set(1f, 1, 1, 0, 0);
    model.setWeights(List.of(kernel, Tensor.of(new float[] {0, 1, 2, 3, 4}, 5)));
    Tensor image = Tensor.fromFunction(Shape.of(6, 6), i -> i[1]);
    BufferedImage fig = ImagePlots.activations(model, 0, image);
    // Maps 4 x 4 -> scale 16 -> 64 px; 5 maps in 3 columns.
    assertThat(fig.getWidth()).isEqualTo(2 * MARGIN + 3 * 64 + 2 * 3);
    assertThat(fig.getHeight()).isEqualTo(2 * MARGIN + 2 * 64 + 3);
    int lo = ColorMap.VIRIDIS.rgb(0f);
    int hi = ColorMap.VIRIDIS.rgb(1f);
    assertThat(rgb(fig, MARGIN + 2, MARGIN + 2)).isEqualTo(lo);
    assertThat(rgb(fig, MARGIN + 62, MARGIN + 2)).isEqualTo(hi);
    for (int f = 1; f < 5; f++) {
      assertThat(rgb(fig, MARGIN + (f % 3) * 67 + 32, MARGIN + (f / 3) * 67 + 32))
          .as("constant map %d", f)
          .isEqualTo(lo);
    }
    assertThat(rgb(fig, MARGIN + 2 * 67 + 32, MARGIN + 67 + 32)).isEqualTo(0xffffff);
    assertThat(ImagePlots.activations(model, model.layer(0).name(), image).getWidth())
        .isEqualTo(fig.getWidth());
  }

  @Test
  void channelsShowGrayViewsAboveTintedViews() {
    Tensor image = constantImages(4, 4, new float[][] {{0.8f, 0.4f, 0.2f}}).index(0);
    BufferedImage fig = ImagePlots.channels(image);
    TileFigure layout = titledLayout(6, 4, "Green (tinted)", 3, 32);
    assertThat(fig.getWidth()).isEqualTo(layout.width());
    assertThat(fig.getHeight()).isEqualTo(layout.height());
    int[] expected = {0xcccccc, 0x666666, 0x333333, 0xcc0000, 0x006600, 0x000033};
    for (int i = 0; i < 6; i++) {
      assertThat(rgb(fig, layout.tileX(i) + 64, layout.tileY(i) + 64))
          .as("tile %d", i)
          .isEqualTo(expected[i]);
    }
  }

  @Test
  void writesPngFilesAtomically(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub").resolve("grid.png");
    Tensor images = Tensor.full(0.5f, 3, 8, 8, 3);
    ImagePlots.imageGrid(images, null, 3, file);
    ImagePlots.imageGrid(images, null, 2, file);
    BufferedImage back = ImageIO.read(file.toFile());
    assertThat(back.getWidth()).isEqualTo(ImagePlots.imageGrid(images, null, 2).getWidth());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("grid.png");
    }
  }

  @Test
  void rejectsBadShapesWithTheNumbers() {
    assertThatThrownBy(() -> ImagePlots.imageGrid(Tensor.zeros(2, 4, 4, 2), null, 2))
        .hasMessage(
            "imageGrid: expected images [n, h, w], [n, h, w, 1] or [n, h, w, 3] with"
                + " n, h, w >= 1, got shape [2, 4, 4, 2]");
    assertThatThrownBy(() -> ImagePlots.imageGrid(Tensor.zeros(2, 4, 4), new String[1], 2))
        .hasMessage("imageGrid: expected 2 titles (one per image), got 1");
    assertThatThrownBy(
            () ->
                ImagePlots.predictionGrid(
                    Tensor.zeros(3, 2), Tensor.zeros(3, 4, 4), new int[3], null, 4, 1L))
        .hasMessage("predictionGrid: expected 1 <= n <= 3 (the number of images), got n=4");
    assertThatThrownBy(() -> ImagePlots.filters(Tensor.zeros(3, 3, 1)))
        .hasMessage("filters: expected a kernel [kh, kw, in, out], got shape [3, 3, 1]");
    assertThatThrownBy(() -> ImagePlots.channels(Tensor.zeros(4, 4, 1)))
        .hasMessage("channels: expected an RGB image [h, w, 3], got shape [4, 4, 1]");
    Sequential flat = new Sequential(new Flatten().inputShape(2, 2, 1));
    assertThatThrownBy(() -> ImagePlots.activations(flat, 0, Tensor.zeros(2, 2, 1)))
        .hasMessageStartingWith("activations: expected feature maps [1, h, w, c] from")
        .hasMessageEndingWith("got shape [1, 4]. Pick a convolution or pooling layer");
    assertThatThrownBy(() -> ImagePlots.filters(new Conv2D(4, 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not built yet");
  }
}
