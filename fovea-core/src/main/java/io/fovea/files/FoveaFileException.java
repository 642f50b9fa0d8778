package io.fovea.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The root of Fovea's file errors: a file that cannot be read or written, or whose content does not
 * fit what was asked of it. It carries the file's {@link #path()} and, where the format has one,
 * the byte {@link #offset()} of the problem, so that callers can report or recover without parsing
 * the message. The message itself already names the file, e.g. {@code train.idx at byte 16:
 * expected 60000 images, got 59999}.
 *
 * <p>Each format has its subclass (Keras files, weights files, images, data files, data sets), so
 * one {@code catch (FoveaFileException e)} handles them all.
 */
public class FoveaFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The offset of a problem that has no byte position. */
  public static final long NO_OFFSET = -1;

  // Path is not Serializable; a deserialised exception keeps its message, which names the file.
  private final transient Path path;
  private final long offset;

  /** A problem in {@code path} (null when unknown) described by {@code message}. */
  public FoveaFileException(Path path, String message) {
    this(path, NO_OFFSET, message, null);
  }

  /** The same, caused by {@code cause}. */
  public FoveaFileException(Path path, String message, Throwable cause) {
    this(path, NO_OFFSET, message, cause);
  }

  /**
   * A problem at byte {@code offset} (negative: none) of {@code path} described by {@code message}.
   */
  public FoveaFileException(Path path, long offset, String message) {
    this(path, offset, message, null);
  }

  /** The same, caused by {@code cause}; any negative offset means none. */
  public FoveaFileException(Path path, long offset, String message, Throwable cause) {
    super(message);
    this.path = path;
    // An exception must not fail while it is being made: a bad offset becomes "none".
    this.offset = offset < 0 ? NO_OFFSET : offset;
    // Left unset without a cause, so that a subclass may still call initCause.
    if (cause != null) {
      initCause(cause);
    }
  }

  /** The file the problem is about, or null when it was not given. */
  public Path path() {
    return path;
  }

  /** The byte offset of the problem in the file, or {@value #NO_OFFSET} when it has none. */
  public long offset() {
    return offset;
  }
}
