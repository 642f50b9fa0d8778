package io.fovea.cli;

import io.fovea.data.Datasets;
import io.fovea.data.DirectoryFlow;
import io.fovea.data.Flow;
import io.fovea.data.ImageDataGenerator;
import io.fovea.data.Labels;
import io.fovea.data.ModelInputs;
import io.fovea.data.TrainTestData;
import io.fovea.image.Colors;
import io.fovea.image.Images;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The images of {@link DataOptions} in memory, pixels 0..255, adapted to a wanted size and colour:
 * {@code x [n, h, w, c]} with integer labels {@code [n]} and the class names. Gray data {@code [n,
 * h, w]} gets a channel axis; 1 channel becomes 3 by copying, 3 become 1 by {@link Colors#toGray};
 * other sizes are resized bilinearly ({@link ModelInputs#adapt}). A directory is read by Keras's
 * {@code flow_from_directory} (nearest-neighbour resize to the target size), its first {@code
 * split} of each class folder being the validation subset.
 */
final class CliData {

  /** Images {@code x [n, h, w, c]} of 0..255 and their class indices {@code [n]}. */
  record Part(Tensor x, int[] labels) {

    int size() {
      return labels.length;
    }
  }

  /** Training part, validation part (null for none), class names. */
  record Loaded(Part train, Part validation, List<String> classes) {}

  /** The wanted image: height, width, channels; 0 keeps the data's. */
  record Want(int height, int width, int channels) {

    /** What a model input asks for: {@code [h, w, c]}, {@code [h, w]} gray, else the data's. */
    static Want of(Shape input) {
      if (input != null && input.rank() == 3) {
        return new Want(input.dim(0), input.dim(1), input.dim(2));
      }
      if (input != null && input.rank() == 2) {
        return new Want(input.dim(0), input.dim(1), 1);
      }
      return new Want(0, 0, 0);
    }
  }

  /** The extensions Keras's {@code flow_from_directory} lists. */
  private static final Set<String> IMAGE_TYPES =
      Set.of("png", "jpg", "jpeg", "bmp", "ppm", "tif", "tiff");

  /** Keras's default target size, used when the first image of a folder is larger. */
  static final int KERAS_TARGET = 256;

  private CliData() {}

  /**
   * The training and validation parts for {@code train}: with {@code --data}, the training and
   * validation subsets of the split (default 0.25); with {@code --dataset}, the training images and
   * the test images, or the last {@code --validation-split} of the training images when given (0:
   * no validation).
   */
  static Loaded forTraining(DataOptions o, Want model, PrintStream err) throws IOException {
    if (o.data != null) {
      Want want = directoryWant(o, model);
      double split = o.validationSplit != null ? o.validationSplit : 0.25;
      Flow.Subset train = split > 0 ? Flow.Subset.TRAINING : null;
      Part t = directory(o.data, want, split, train, o.batchSize, err);
      Part v =
          split > 0
              ? directory(o.data, want, split, Flow.Subset.VALIDATION, o.batchSize, err)
              : null;
      return new Loaded(t, v, classNames(o.data));
    }
    Want want = datasetWant(o, model);
    TrainTestData d = dataset(o.source(), err);
    if (o.validationSplit == null) {
      return new Loaded(
          part(d.xTrain(), d.yTrain(), want), part(d.xTest(), d.yTest(), want), d.classNames());
    }
    int n = d.xTrain().shape().dim(0);
    int at = (int) (n * (1 - o.validationSplit));
    Part v = at < n ? part(d.xTrain().slice(at, n), d.yTrain().slice(at, n), want) : null;
    return new Loaded(
        part(d.xTrain().slice(0, at), d.yTrain().slice(0, at), want), v, d.classNames());
  }

  /**
   * The images {@code evaluate} scores (as {@link Loaded#validation()}): with {@code --data} all of
   * them, or the validation subset of {@code --validation-split} when given; with {@code --dataset}
   * the test images, or the last {@code --validation-split} of the training images.
   */
  static Loaded forEvaluation(DataOptions o, Want model, PrintStream err) throws IOException {
    double split = o.validationSplit != null ? o.validationSplit : 0;
    if (o.data != null) {
      Want want = directoryWant(o, model);
      Flow.Subset subset = split > 0 ? Flow.Subset.VALIDATION : null;
      Part p = directory(o.data, want, split, subset, o.batchSize, err);
      return new Loaded(null, p, classNames(o.data));
    }
    Want want = datasetWant(o, model);
    TrainTestData d = dataset(o.source(), err);
    if (split == 0) {
      return new Loaded(null, part(d.xTest(), d.yTest(), want), d.classNames());
    }
    int n = d.xTrain().shape().dim(0);
    int at = (int) (n * (1 - split));
    return new Loaded(
        null, part(d.xTrain().slice(at, n), d.yTrain().slice(at, n), want), d.classNames());
  }

  private static Want datasetWant(DataOptions o, Want model) {
    int h = o.size != null ? o.size[0] : model.height();
    int w = o.size != null ? o.size[1] : model.width();
    int c = o.channels() != 0 ? o.channels() : model.channels();
    return new Want(h, w, c);
  }

  private static Want directoryWant(DataOptions o, Want model) throws IOException {
    int[] size =
        o.size != null
            ? o.size
            : model.height() > 0 ? new int[] {model.height(), model.width()} : null;
    if (!Files.isDirectory(o.data)) {
      throw new FileNotFoundException(
          "--data: expected a folder with one subfolder per class, got "
              + (Files.exists(o.data) ? "the file " : "no such folder: ")
              + o.data);
    }
    if (size == null) {
      size = firstImageSize(o.data);
    }
    int c = o.channels() != 0 ? o.channels() : model.channels() != 0 ? model.channels() : 3;
    return new Want(size[0], size[1], c);
  }

  /** The data set named {@code name} (lower case, one of {@link DataOptions#DATASETS}). */
  static TrainTestData dataset(String name, PrintStream err) throws IOException {
    err.println("Loading " + name + "...");
    return switch (name) {
      case "mnist" -> Datasets.mnist();
      case "fashion_mnist" -> Datasets.fashionMnist();
      case "cifar10" -> Datasets.cifar10();
      default -> Datasets.fashionMnistSample();
    };
  }

  /** {@code x [n, h, w]} or {@code [n, h, w, c]} with labels {@code y}, adapted to {@code want}. */
  static Part part(Tensor x, Tensor y, Want want) {
    return new Part(adapt(x, want), Labels.asInts(y));
  }

  /**
   * The images of {@code dir} at {@code want} (every field set), all of them ({@code subset} null)
   * or one subset of the split, in file order.
   */
  static Part directory(
      Path dir, Want want, double split, Flow.Subset subset, int batch, PrintStream err)
      throws IOException {
    ImageDataGenerator generator = new ImageDataGenerator().validationSplit(split);
    Flow options =
        Flow.targetSize(want.height(), want.width())
            .colorMode(want.channels() == 1 ? Flow.ColorMode.GRAYSCALE : Flow.ColorMode.RGB)
            .classMode(Flow.ClassMode.SPARSE)
            .shuffle(false)
            .batchSize(batch)
            .workers(0)
            .output(err);
    if (subset != null) {
      options.subset(subset);
    }
    DirectoryFlow flow = generator.flowFromDirectory(dir, options);
    int n = flow.sampleCount();
    int per = want.height() * want.width() * want.channels();
    float[] values = new float[n * per];
    int[] labels = new int[n];
    int at = 0;
    int kept = 0;
    for (int i = 0; i < flow.batchesPerEpoch(); i++) {
      var b = flow.batch(0, i);
      b.x().copyTo(values, at);
      at += b.x().size();
      // Labels come with the batch: a file the flow could not read is left out of both.
      for (int j = 0; j < b.x().shape().dim(0); j++) {
        labels[kept++] = (int) b.y().get(j);
      }
    }
    Tensor x =
        Tensor.wrap(Arrays.copyOf(values, at), kept, want.height(), want.width(), want.channels());
    return new Part(x, Arrays.copyOf(labels, kept));
  }

  /** The sorted class folder names of {@code dir}, as Keras's {@code class_indices} keys. */
  static List<String> classNames(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /**
   * The height and width of the first image of {@code dir} (first class folder, first file by
   * name), or Keras's 256x256 when either side is larger or no image is found.
   */
  static int[] firstImageSize(Path dir) throws IOException {
    for (String name : classNames(dir)) {
      try (Stream<Path> files = Files.walk(dir.resolve(name))) {
        Path first =
            files
                .filter(Files::isRegularFile)
                .filter(f -> IMAGE_TYPES.contains(CliFiles.extension(f)))
                .sorted()
                .findFirst()
                .orElse(null);
        if (first != null) {
          Tensor image = Images.read(first);
          int h = image.shape().dim(0);
          int w = image.shape().dim(1);
          return h <= KERAS_TARGET && w <= KERAS_TARGET
              ? new int[] {h, w}
              : new int[] {KERAS_TARGET, KERAS_TARGET};
        }
      }
    }
    return new int[] {KERAS_TARGET, KERAS_TARGET};
  }

  /**
   * {@code x} with a channel axis, {@code want}'s channels and size ({@link ModelInputs#adapt}).
   */
  static Tensor adapt(Tensor x, Want want) {
    return ModelInputs.adapt(x, want.height(), want.width(), want.channels());
  }
}
