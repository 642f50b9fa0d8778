package io.fovea.data;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
 *
 * <p>Symbolic links are followed, as Keras's {@code os.walk(followlinks=True)}: a class folder, a
 * nested folder or an image file that is a link contributes what it points to, under the link's own
 * path. A folder link that leads back to one of its own ancestors (a loop) is skipped with a
 * warning naming it, so the scan always ends; a link to nothing is skipped with a warning too.
 */
final class DirectoryScan {

  static final Set<String> FORMATS = Set.of("png", "jpg", "jpeg", "bmp", "ppm", "tif", "tiff");

  final List<String> classNames = new ArrayList<>();
  final List<Path> files = new ArrayList<>();
  final List<Integer> classes = new ArrayList<>();

  /** Files of the subset skipped because no reader can open them. */
  final List<Path> skipped = new ArrayList<>();

  private final PrintStream out;

  /** Scans {@code dir}; {@code subset} null for all files. */
  DirectoryScan(Path dir, Flow.Subset subset, double split, PrintStream out) throws IOException {
    this.out = out;
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir + ": expected a folder with one subfolder per class");
    }
    try (Stream<Path> children = Files.list(dir)) {
      children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .forEach(classNames::add);
    } catch (IOException | UncheckedIOException e) {
      throw new IOException(dir + ": cannot list the folder: " + ImageFiles.reason(e), e);
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
          skipped.add(file);
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

  /** The image files under {@code classDir}, links followed, loops skipped; sorted. */
  private List<Path> imagesIn(Path classDir) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        classDir,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && hasImageExtension(file)) {
              found.add(file);
            } else if (attrs.isSymbolicLink()) {
              // With links followed, a link is only reported as a link when its target is missing.
              out.println("Warning: skipping " + file + ": a link to nothing");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
              out.println(
                  "Warning: skipping "
                      + file
                      + ": a link to a folder that contains it (a loop), not followed");
              return FileVisitResult.CONTINUE;
            }
            // os.walk skips what it cannot list; so do we, but say so.
            out.println(
                "Warning: skipping " + file + ": cannot be read (" + ImageFiles.reason(e) + ")");
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(
        Comparator.comparing((Path p) -> p.getParent().toString())
            .thenComparing(p -> p.getFileName().toString()));
    return found;
  }

  private static boolean hasImageExtension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && FORMATS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
