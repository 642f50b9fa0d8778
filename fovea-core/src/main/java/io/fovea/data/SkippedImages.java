package io.fovea.data;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The images of a directory flow that could not be read, at the scan or while a batch was prepared:
 * each is reported once on the flow's output ("Warning: skipping FILE: cannot read the image:
 * REASON") and left out of its batches. When more than {@link #MAX_FRACTION} of the flow's files
 * are unreadable the data set is taken as broken and preparing a batch fails, naming how many and
 * the first {@link #NAMED} of them. Shared by the threads that prepare batches.
 */
final class SkippedImages {

  /** The largest share of a flow's files that may be unreadable: 10%. */
  static final double MAX_FRACTION = 0.1;

  /** How many unreadable files a failure names. */
  static final int NAMED = 5;

  private final PrintStream out;
  private final int total;
  private final List<Path> skipped = new ArrayList<>();
  private IOException failure;

  /** {@code total} files listed, of which {@code atScan} were already skipped by the scan. */
  SkippedImages(PrintStream out, int total, List<Path> atScan) throws IOException {
    this.out = out;
    this.total = total;
    this.skipped.addAll(atScan);
    if (tooMany()) {
      throw broken();
    }
  }

  /**
   * Records that {@code file} failed to decode because of {@code e}; throws once too many did, and
   * from then on always the same failure, whichever thread prepares which batch.
   */
  synchronized void skip(Path file, Throwable e) {
    if (!skipped.contains(file)) {
      skipped.add(file);
      String why = ImageFiles.reason(e);
      // Decoders name the file themselves; the warning names it once.
      if (why.startsWith(file + ": ")) {
        why = why.substring(file.toString().length() + 2);
      }
      out.println("Warning: skipping " + file + ": cannot read the image: " + why);
      if (failure == null && tooMany()) {
        failure = broken();
      }
    }
    if (failure != null) {
      throw new UncheckedIOException(failure.getMessage(), failure);
    }
  }

  /** The failure for a batch none of whose {@code files} could be read. */
  synchronized UncheckedIOException emptyBatch(int epoch, int index, List<Path> files) {
    String message =
        "flowFromDirectory: expected at least one readable image in batch "
            + index
            + " of epoch "
            + epoch
            + ", got none of its "
            + files.size()
            + ": "
            + names(files);
    // The message is given again: UncheckedIOException would otherwise prefix the class name.
    return new UncheckedIOException(message, new IOException(message));
  }

  /** The files skipped so far, in the order they were found. */
  synchronized List<Path> skipped() {
    return List.copyOf(skipped);
  }

  private boolean tooMany() {
    return skipped.size() > MAX_FRACTION * total;
  }

  private IOException broken() {
    return new IOException(
        "flowFromDirectory: expected at most "
            + Math.round(MAX_FRACTION * 100)
            + "% of the "
            + total
            + " images to be unreadable, got "
            + skipped.size()
            + ": "
            + names(skipped)
            + ". Remove or replace the broken files");
  }

  private static String names(List<Path> files) {
    String first =
        files.stream().limit(NAMED).map(Path::toString).collect(Collectors.joining(", "));
    return files.size() > NAMED ? first + " and " + (files.size() - NAMED) + " more" : first;
  }
}
