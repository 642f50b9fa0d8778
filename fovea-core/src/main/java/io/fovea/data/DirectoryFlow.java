package io.fovea.data;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Batches of the images in a folder with one subfolder per class (Keras's {@code
 * DirectoryIterator}): {@code x} {@code [batch, height, width, channels]} with pixels 0..255 before
 * the generator's rescale, and labels {@code y} as the class mode says: categorical {@code [batch,
 * classes]} one-hot, sparse or binary {@code [batch]} class indices (binary needs at most two
 * classes), none: no labels. See {@link DirectoryScan} for which files belong to which class and
 * subset.
 *
 * <p>A file that fails to decode while a batch is prepared (cut short, not an image, empty,
 * removed) does not end the run, where Keras would: it is reported once on the flow's output
 * ("Warning: skipping FILE: cannot read the image: REASON") and left out, so its batch is one
 * shorter and the labels stay those of the images that were kept; {@link #classes()} and {@link
 * #filenames()} still list it. Preparing a batch throws an {@link UncheckedIOException} naming the
 * files when none of the batch's images can be read, or when more than 10% of the flow's files
 * (those skipped by the scan included) turn out unreadable.
 */
public final class DirectoryFlow extends ImageFlow {

  private final Path dir;
  private final Shape image;
  private final Flow.ClassMode classMode;
  private final List<Path> files;
  private final int[] classes;
  private final Map<String, Integer> classIndices = new LinkedHashMap<>();
  private final SkippedImages skipped;

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
    this.skipped =
        new SkippedImages(options.output, files.size() + scan.skipped.size(), scan.skipped);
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
      if (interrupted(e)) {
        // A batch cancelled by close() stops here; the file is not to blame.
        throw new CancellationException("flowFromDirectory: reading " + file + " was interrupted");
      }
      skipped.skip(file, e);
      return null;
    }
  }

  private static boolean interrupted(Throwable e) {
    if (Thread.currentThread().isInterrupted()) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException || t instanceof ClosedByInterruptException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Batch batch(int epoch, int index) {
    Batch b = super.batch(epoch, index);
    if (b.x().shape().dim(0) == 0) {
      int[] order = order(epoch);
      int from = index * batchSize();
      int to = Math.min(order.length, from + batchSize());
      List<Path> all = new ArrayList<>();
      for (int i = from; i < to; i++) {
        all.add(files.get(order[i]));
      }
      throw skipped.emptyBatch(epoch, index, all);
    }
    return b;
  }

  /** The files left out so far because they could not be read, the scan's first. */
  public List<Path> skippedFiles() {
    return skipped.skipped();
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
