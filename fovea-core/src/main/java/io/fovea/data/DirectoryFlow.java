package io.fovea.data;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batches of the images in a folder with one subfolder per class (Keras's {@code
 * DirectoryIterator}): {@code x} {@code [batch, height, width, channels]} with pixels 0..255 before
 * the generator's rescale, and labels {@code y} as the class mode says: categorical {@code [batch,
 * classes]} one-hot, sparse or binary {@code [batch]} class indices (binary needs at most two
 * classes), none: no labels. See {@link DirectoryScan} for which files belong to which class and
 * subset. A file that fails to decode while a batch is prepared throws an {@link
 * UncheckedIOException} naming it.
 */
public final class DirectoryFlow extends ImageFlow {

  private final Path dir;
  private final Shape image;
  private final Flow.ClassMode classMode;
  private final List<Path> files;
  private final int[] classes;
  private final Map<String, Integer> classIndices = new LinkedHashMap<>();

  DirectoryFlow(ImageDataGenerator generator, Path dir, Flow options) throws IOException {
    super(generator, options, options.subset != Flow.Subset.VALIDATION, "flowFromDirectory");
    DirectoryScan scan =
        new DirectoryScan(dir, options.subset, generator.validationSplit(), options.output);
    if (options.classMode == Flow.ClassMode.BINARY && scan.classNames.size() > 2) {
      throw new IllegalArgumentException(
          "flowFromDirectory: expected at most 2 class folders "
              + "for class mode binary, got "
              + scan.classNames.size()
              + " "
              + scan.classNames
              + ". Use classMode categorical or sparse");
    }
    this.dir = dir;
    this.image =
        Shape.of(
            options.height, options.width, options.colorMode == Flow.ColorMode.GRAYSCALE ? 1 : 3);
    this.classMode = options.classMode;
    this.files = List.copyOf(scan.files);
    this.classes = scan.classes.stream().mapToInt(Integer::intValue).toArray();
    for (int k = 0; k < scan.classNames.size(); k++) {
      classIndices.put(scan.classNames.get(k), k);
    }
  }

  /** Class name to index, in sorted name order (Keras's {@code class_indices}). */
  public Map<String, Integer> classIndices() {
    return Collections.unmodifiableMap(classIndices);
  }

  /** The number of classes (subfolders). */
  public int numClasses() {
    return classIndices.size();
  }

  /** The class index of each sample, in file order (Keras's {@code classes}). */
  public int[] classes() {
    return classes.clone();
  }

  /** Each sample's path relative to the folder, with '/' (Keras's {@code filenames}). */
  public List<String> filenames() {
    return files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
  }

  @Override
  public int sampleCount() {
    return files.size();
  }

  @Override
  Shape imageShape() {
    return image;
  }

  @Override
  float[] load(int index) {
    Path file = files.get(index);
    try {
      return ImageFiles.read(file, image.dim(0), image.dim(1), image.dim(2) == 1);
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(
          new IOException(file + ": cannot read the image: " + e.getMessage(), e));
    }
  }

  @Override
  Tensor labels(int[] order, int from, int to) {
    int n = to - from;
    switch (classMode) {
      case NONE:
        return null;
      case CATEGORICAL:
        Tensor onehot = Tensor.zeros(n, numClasses());
        for (int i = from; i < to; i++) {
          onehot.setFlat((i - from) * numClasses() + classes[order[i]], 1f);
        }
        return onehot;
      default:
        Tensor index = Tensor.zeros(n);
        for (int i = from; i < to; i++) {
          index.setFlat(i - from, classes[order[i]]);
        }
        return index;
    }
  }
}
