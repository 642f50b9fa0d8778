package io.fovea.data;

import java.io.IOException;

/**
 * A data file (npy, npz, IDX, CIFAR-10, CSV) that cannot be read: its message names the file, the
 * object inside it (an npz entry, a CSV column) and the byte offset where that helps.
 *
 * <p>Format: {@code <file>[ entry '<name>'][ at byte <offset>]: expected <what>, got <actual>}.
 */
public class DataFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String entry;
  private final long offset;

  /** A problem in {@code file}, inside {@code entry} (or null), at byte {@code offset} (or -1). */
  public DataFileException(String file, String entry, long offset, String problem) {
    super(where(file, entry, offset) + ": " + problem);
    this.file = file;
    this.entry = entry;
    this.offset = offset;
  }

  /** The same, with the exception that caused it. */
  public DataFileException(
      String file, String entry, long offset, String problem, Throwable cause) {
    this(file, entry, offset, problem);
    initCause(cause);
  }

  /** The file's name or path as given when reading. */
  public String file() {
    return file;
  }

  /** The object inside the file (npz entry, CSV column), or null. */
  public String entry() {
    return entry;
  }

  /** The byte offset of the problem, or -1 when it has none. */
  public long offset() {
    return offset;
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
