package io.fovea.data;

import io.fovea.files.FoveaFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A data file (npy, npz, IDX, CIFAR-10, CSV) that cannot be read: its message names the file, the
 * object inside it (an npz entry, a CSV column) and the byte offset where that helps.
 *
 * <p>Format: {@code <file>[ entry '<name>'][ at byte <offset>]: expected <what>, got <actual>}.
 */
public class DataFileException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String entry;

  /** A problem in {@code file}, inside {@code entry} (or null), at byte {@code offset} (or -1). */
  public DataFileException(String file, String entry, long offset, String problem) {
    this(file, entry, offset, problem, null);
  }

  /** The same, with the exception that caused it. */
  public DataFileException(
      String file, String entry, long offset, String problem, Throwable cause) {
    super(pathOf(file), offset, where(file, entry, offset) + ": " + problem, cause);
    this.file = file;
    this.entry = entry;
  }

  /** The file's name or path as given when reading. */
  public String file() {
    return file;
  }

  /** The object inside the file (npz entry, CSV column), or null. */
  public String entry() {
    return entry;
  }

  // The name as given may be an archive entry or a URL rather than a path this system accepts.
  private static Path pathOf(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String where(String file, String entry, long offset) {
    StringBuilder sb = new StringBuilder(file);
    if (entry != null) {
      sb.append(" entry '").append(entry).append('\'');
    }
    if (offset >= 0) {
      sb.append(" at byte ").append(offset);
    }
    return sb.toString();
  }
}
