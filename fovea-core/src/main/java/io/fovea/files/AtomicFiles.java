package io.fovea.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it: the
 * content goes to a temporary file beside the target (same folder, so the same file system), which
 * is then moved over the target, atomically where the file system allows it.
 *
 * <p>The temporary name is fresh rather than made by {@link Files#createTempFile}, whose owner-only
 * permissions would stick to the finished file: a new file gets the usual permissions (the umask),
 * a replaced file keeps its own. On any failure the temporary file is deleted and the target is
 * left as it was. Missing parent folders are created.
 */
public final class AtomicFiles {

  /** Writes the content to {@code temp}, a path that does not exist yet. */
  @FunctionalInterface
  public interface TempWriter {
    void write(Path temp) throws IOException;
  }

  /** Writes the content to a stream over the temporary file (closed by the caller). */
  @FunctionalInterface
  public interface StreamWriter {
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code content} to {@code target}. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, temp -> Files.write(temp, content, StandardOpenOption.CREATE_NEW));
  }

  /** Writes {@code target} through {@code writer}, which gets an open stream. */
  public static void writeStream(Path target, StreamWriter writer) throws IOException {
    write(
        target,
        temp -> {
          try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            writer.write(out);
          }
        });
  }

  /**
   * Writes {@code target} through {@code writeTemp}, which must create and fill the path it gets;
   * for writers that need a path (HDF5, archives, downloads checked after the fact).
   */
  public static void write(Path target, TempWriter writeTemp) throws IOException {
    Path abs = target.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path temp = tempBeside(abs);
    try {
      writeTemp.write(temp);
      if (Files.exists(abs) && Files.getFileStore(abs).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(abs));
      }
      move(temp, abs);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A fresh hidden name beside {@code file}, not yet created: {@code .<name>.<uuid>.tmp}. */
  public static Path tempBeside(Path file) {
    Path abs = file.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
  }

  /** Moves {@code temp} over {@code target}, atomically where the file system allows it. */
  public static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
