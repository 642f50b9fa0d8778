package io.fovea.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fovea.model.BatchSource.Batch;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFlowTest {

  @TempDir Path dir;
  final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  /** Red of every pixel of class k: 40 k + 10; green 20, blue 200. */
  static int red(int k) {
    return 40 * k + 10;
  }

  /** Writes {@code count} solid 8x6 images of class {@code k} into {@code dir/name}. */
  static void writeClass(Path dir, String name, int k, int count, String format)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 6; y++) {
      for (int x = 0; x < 8; x++) {
        img.setRGB(x, y, (red(k) << 16) | (20 << 8) | 200);
      }
    }
    for (int i = 0; i < count; i++) {
      ImageIO.write(img, format, folder.resolve(name + "." + i + "." + format).toFile());
    }
  }

  void threeClasses() throws IOException {
    writeClass(dir, "cats", 1, 5, "png");
    writeClass(dir, "dogs", 2, 7, "png");
    writeClass(dir, "birds", 0, 3, "png");
  }

  private DirectoryFlow flow(ImageDataGenerator gen, Flow options) throws IOException {
    return gen.flowFromDirectory(dir, options.output(out));
  }

  @Test
  void classIndicesFollowSortedFolderNamesAndTheCountIsPrinted() throws IOException {
    threeClasses();
    DirectoryFlow f = flow(new ImageDataGenerator(), Flow.targetSize(4, 5));
    assertThat(f.classIndices())
        .containsExactly(Map.entry("birds", 0), Map.entry("cats", 1), Map.entry("dogs", 2));
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo("Found 15 images belonging to 3 classes." + System.lineSeparator());
    assertThat(f.sampleCount()).isEqualTo(15);
    assertThat(f.batchesPerEpoch()).isEqualTo(1);
    assertThat(f.filenames().get(0)).isEqualTo("birds/birds.0.png");
  }

  @Test
  void subsetsSplitEachClassAndNeverShareAFile() throws IOException {
    threeClasses();
    ImageDataGenerator gen = new ImageDataGenerator().validationSplit(0.4);
    DirectoryFlow train = flow(gen, Flow.targetSize(4, 4).subset("training"));
    DirectoryFlow val = flow(gen, Flow.targetSize(4, 4).subset("validation"));
    // Per class the first int(0.4 n) files validate: birds 1 of 3, cats 2 of 5, dogs 2 of 7.
    assertThat(val.sampleCount()).isEqualTo(5);
    assertThat(train.sampleCount()).isEqualTo(10);
    assertThat(val.filenames())
        .contains("cats/cats.0.png", "cats/cats.1.png")
        .doesNotContain("cats/cats.2.png");
    Set<String> all = new HashSet<>(train.filenames());
    all.addAll(val.filenames());
    assertThat(all).hasSize(15);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Found 10 images belonging to 3 classes."
                + System.lineSeparator()
                + "Found 5 images belonging to 3 classes."
                + System.lineSeparator());
  }

  @Test
  void imagesAreResizedToTheTargetSizeInEitherColourMode() throws IOException {
    threeClasses();
    Batch rgb = flow(new ImageDataGenerator(), Flow.targetSize(4, 5).shuffle(false)).next();
    assertThat(rgb.x().shape().dims()).containsExactly(15, 4, 5, 3);
    assertThat(rgb.x().get(0, 3, 4, 0)).isEqualTo(red(0));
    assertThat(rgb.x().get(14, 0, 0, 2)).isEqualTo(200f);
    Batch gray =
        flow(
                new ImageDataGenerator().rescale(1 / 255f),
                Flow.targetSize(3, 3).colorMode("grayscale").shuffle(false))
            .next();
    assertThat(gray.x().shape().dims()).containsExactly(15, 3, 3, 1);
    int l = (red(2) * 19595 + 20 * 38470 + 200 * 7471 + 0x8000) >> 16;
    assertThat(gray.x().get(14, 1, 1, 0)).isCloseTo(l / 255f, within(1e-6f));
  }

  @Test
  void eachClassModeGivesKerasLabelFormat() throws IOException {
    threeClasses();
    Flow base = Flow.targetSize(2, 2).batchSize(6).seed(4);
    Batch cat = flow(new ImageDataGenerator(), base.classMode("categorical")).next();
    assertThat(cat.y().shape().dims()).containsExactly(6, 3);
    Batch sparse = flow(new ImageDataGenerator(), base.classMode("sparse")).next();
    assertThat(sparse.y().shape().dims()).containsExactly(6);
    for (int i = 0; i < 6; i++) {
      int k = (int) sparse.y().get(i);
      assertThat(sparse.x().get(i, 0, 0, 0)).isEqualTo(red(k));
      assertThat(cat.y().get(i, (int) cat.y().index(i).argmax(0).item())).isEqualTo(1f);
      assertThat(cat.y().index(i).sum()).isEqualTo(1f);
      assertThat(cat.x().get(i, 0, 0, 0)).isEqualTo(red((int) cat.y().index(i).argmax(0).item()));
    }
    assertThat(flow(new ImageDataGenerator(), base.classMode("none")).next().y()).isNull();
    assertThatThrownBy(() -> flow(new ImageDataGenerator(), base.classMode("binary")))
        .hasMessage(
            "flowFromDirectory: expected at most 2 class folders for class mode "
                + "binary, got 3 [birds, cats, dogs]. Use classMode categorical or sparse");
  }

  @Test
  void binaryLabelsAreZeroOrOne() throws IOException {
    writeClass(dir, "cats", 0, 3, "jpg");
    writeClass(dir, "dogs", 1, 3, "jpg");
    Batch b =
        flow(new ImageDataGenerator(), Flow.targetSize(6, 8).classMode("binary").shuffle(false))
            .next();
    assertThat(b.y().toArray()).containsExactly(0, 0, 0, 1, 1, 1);
    // JPEG is lossy: the colour comes back within a few levels.
    assertThat(b.x().get(4, 3, 3, 0)).isBetween(red(1) - 6f, red(1) + 6f);
  }

  @Test
  void unreadableFilesAreSkippedWithAWarningNamingThem() throws IOException {
    threeClasses();
    Path broken = dir.resolve("cats").resolve("broken.png");
    Files.writeString(broken, "not a png");
    DirectoryFlow f = flow(new ImageDataGenerator(), Flow.targetSize(4, 4));
    assertThat(f.sampleCount()).isEqualTo(15);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Warning: skipping "
                + broken
                + ": not an image any reader can open"
                + System.lineSeparator()
                + "Found 15 images belonging to 3 classes."
                + System.lineSeparator());
  }

  @Test
  void aFileThatBreaksLaterIsLeftOutOfItsBatchWithAWarningNamingIt() throws IOException {
    threeClasses();
    DirectoryFlow f =
        flow(new ImageDataGenerator(), Flow.targetSize(4, 4).shuffle(false).workers(2));
    Path gone = dir.resolve("birds").resolve("birds.1.png");
    Files.delete(gone);
    try (var stream = f.stream(0)) {
      Batch b = stream.next();
      assertThat(b.x().shape().dims()).containsExactly(14, 4, 4, 3);
      assertThat(b.y().shape().dims()).containsExactly(14, 3);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Warning: skipping " + gone + ": cannot read the image: no such file");
    assertThat(f.skippedFiles()).containsExactly(gone);
  }

  @Test
  void foldersWithoutImagesGiveClearErrors() throws IOException {
    assertThatThrownBy(() -> flow(new ImageDataGenerator(), Flow.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessage(
            dir + ": expected one subfolder per class " + "holding its images, got no subfolders");
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("notes.txt"), "x");
    assertThatThrownBy(() -> flow(new ImageDataGenerator(), Flow.defaults()))
        .isInstanceOf(IOException.class)
        .hasMessage(
            dir
                + ": expected image files (bmp, jpeg, "
                + "jpg, png, ppm, tif, tiff) in the class folders [a, b], got none");
  }

  @Test
  void imagesInNestedFoldersBelongToTheirClass() throws IOException {
    threeClasses();
    writeClass(dir.resolve("cats"), "kittens", 1, 2, "png");
    DirectoryFlow f = flow(new ImageDataGenerator(), Flow.targetSize(2, 2));
    assertThat(f.sampleCount()).isEqualTo(17);
    List<String> names = f.filenames();
    assertThat(names.subList(3, 10))
        .containsExactly(
            "cats/cats.0.png",
            "cats/cats.1.png",
            "cats/cats.2.png",
            "cats/cats.3.png",
            "cats/cats.4.png",
            "cats/kittens/kittens.0.png",
            "cats/kittens/kittens.1.png");
    assertThat(f.classes()[9]).isEqualTo(1);
  }
}
