package io.fovea.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the images of a folder with one subfolder per class, as Keras's {@code DirectoryIterator}:
 * class names are the sorted subfolder names; each class folder is walked (subfolders included,
 * folders in sorted order, files sorted by name) for the extensions {@code png jpg jpeg bmp ppm tif
 * tiff}; with a split, the first {@code int(split * n)} files of each class are the validation
 * subset and the rest the training subset, so the two never share a file. Files of the subset that
 * no reader can open are skipped with a warning.
 */
final class DirectoryScan {

  static final Set<String> FORMATS = Set.of("png", "jpg", "jpeg", "bmp", "ppm", "tif", "tiff");

  final List<String> classNames = new ArrayList<>();
  final List<Path> files = new ArrayList<>();
  final List<Integer> classes = new ArrayList<>();

  /** Scans {@code dir}; {@code subset} null for all files. */
  DirectoryScan(Path dir, Flow.Subset subset, double split, PrintStream out) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir + ": expected a folder with one subfolder per class");
    }
    try (Stream<Path> children = Files.list(dir)) {
      children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .forEach(classNames::add);
    }
    if (classNames.isEmpty()) {
      throw new IOException(
          dir + ": expected one subfolder per class holding its images, got " + "no subfolders");
    }
    int listed = 0;
    for (int k = 0; k < classNames.size(); k++) {
      List<Path> all = imagesIn(dir.resolve(classNames.get(k)));
      listed += all.size();
      int start = subset == Flow.Subset.TRAINING ? (int) (split * all.size()) : 0;
      int stop = subset == Flow.Subset.VALIDATION ? (int) (split * all.size()) : all.size();
      for (Path file : all.subList(start, stop)) {
        if (ImageFiles.readable(file)) {
          files.add(file);
          classes.add(k);
        } else {
          out.println("Warning: skipping " + file + ": not an image any reader can open");
        }
      }
    }
    if (listed == 0) {
      throw new IOException(
          dir
              + ": expected image files ("
              + String.join(", ", FORMATS.stream().sorted().toList())
              + ") in the class folders "
              + classNames
              + ", got none");
    }
    if (files.isEmpty()) {
      throw new IOException(
          dir
              + ": expected readable images in the "
              + (subset == null ? "" : subset.name().toLowerCase(Locale.ROOT) + " subset of the ")
              + "class folders "
              + classNames
              + ", got none of "
              + listed
              + " files");
    }
    out.println(
        "Found " + files.size() + " images belonging to " + classNames.size() + " classes.");
  }

  private static List<Path> imagesIn(Path classDir) throws IOException {
    try (Stream<Path> walk = Files.walk(classDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(DirectoryScan::hasImageExtension)
          .sorted(
              Comparator.comparing((Path p) -> p.getParent().toString())
                  .thenComparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private static boolean hasImageExtension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && FORMATS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
