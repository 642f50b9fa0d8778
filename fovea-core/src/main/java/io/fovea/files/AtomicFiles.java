package io.fovea.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it: the
 * content goes to a temporary file beside the target (same folder, so the same file system), which
 * is then moved over the target, atomically where the file system allows it.
 *
 * <p>The temporary name is fresh rather than made by {@link Files#createTempFile}, whose owner-only
 * permissions would stick to the finished file: a new file gets the usual permissions (the umask),
 * a replaced file keeps its own. On any failure the temporary file is deleted and the target is
 * left as it was, and the exception names the target, not the temporary file. Missing parent
 * folders are created.
 *
 * <p>A process killed while writing ({@code kill -9}, a power cut) leaves its temporary file
 * behind. The next write of the same target removes such leftovers: files named {@code
 * .<target>.<uuid>.tmp} (this class's pattern, nothing else) whose last modification is older than
 * {@link #STALE_AFTER}. The rule is the file's age rather than its writer's process id because a
 * folder may be shared by machines or containers whose process ids mean nothing here, while a live
 * writer keeps its file's modification time fresh as it writes; deleting a live writer's file would
 * make that writer fail. Each folder is listed once per JVM, at its first write, so that writing
 * many files into one folder (extracting an archive) stays linear.
 */
public final class AtomicFiles {

  /** How old a leftover temporary file must be before a later write removes it. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private static final Pattern TEMP =
      Pattern.compile(
          "\\.(.+)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  /** Per folder, the stale temporary files found at its first write, removed target by target. */
  private static final Map<Path, List<Path>> STALE = new ConcurrentHashMap<>();

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
    try {
      Files.createDirectories(abs.getParent());
    } catch (FileSystemException e) {
      throw naming(abs, "cannot create its folder " + abs.getParent() + " (" + reason(e) + ")", e);
    }
    removeStale(abs);
    Path temp = tempBeside(abs);
    try {
      writeTemp.write(temp);
      if (Files.exists(abs) && Files.getFileStore(abs).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(abs));
      }
      move(temp, abs);
    } catch (FileSystemException e) {
      throw naming(abs, "cannot write (" + reason(e) + ")", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Nothing was written there, or the folder forbids it: the first error is the one to show.
      }
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

  /**
   * Why an I/O operation failed, in words, without the file a file system exception names (it may
   * be a temporary file): {@code permission denied}, {@code no such file or folder}, {@code
   * read-only file system}, or the exception's own message; a wrapper's first cause decides.
   */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      if (f.getCause() instanceof IOException cause) {
        // A wrapper (as this class throws) keeps the first failure as its cause.
        return reason(cause);
      }
      String text = f.getReason();
      if (text != null && !text.isBlank()) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
      }
      if (f instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (f instanceof NoSuchFileException) {
        return "no such file or folder";
      }
      if (f instanceof DirectoryNotEmptyException) {
        return "a folder of that name is in the way";
      }
      if (f instanceof FileAlreadyExistsException) {
        return f.getFile() + " is in the way";
      }
      if (f instanceof NotDirectoryException) {
        return f.getFile() + " is not a folder";
      }
    }
    String text = e.getMessage();
    return text == null ? e.getClass().getSimpleName() : text;
  }

  /** {@code cause}'s kind of exception, naming {@code target} with {@code reason}. */
  private static FileSystemException naming(Path target, String reason, FileSystemException cause) {
    FileSystemException named =
        cause instanceof AccessDeniedException
            ? new AccessDeniedException(target.toString(), null, reason)
            : cause instanceof NoSuchFileException
                ? new NoSuchFileException(target.toString(), null, reason)
                : new FileSystemException(target.toString(), null, reason);
    named.initCause(cause);
    return named;
  }

  /** Deletes the leftovers of earlier, killed writes of {@code target} (see the class comment). */
  private static void removeStale(Path target) {
    Path folder = target.getParent();
    List<Path> stale = STALE.computeIfAbsent(folder, AtomicFiles::findStale);
    String prefix = "." + target.getFileName() + ".";
    synchronized (stale) {
      stale.removeIf(
          p -> {
            String name = p.getFileName().toString();
            if (!name.startsWith(prefix) || name.length() != prefix.length() + 40) {
              return false;
            }
            try {
              Files.deleteIfExists(p);
            } catch (IOException e) {
              // Best effort: a leftover that cannot be deleted is no reason to fail this write.
            }
            return true;
          });
    }
  }

  private static List<Path> findStale(Path folder) {
    List<Path> found = new ArrayList<>();
    Instant before = Instant.now().minus(STALE_AFTER);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path p : files) {
        if (TEMP.matcher(p.getFileName().toString()).matches()
            && Files.isRegularFile(p)
            && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
          found.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable folder has no leftovers we could remove; the write itself will say more.
    }
    return found;
  }
}
