package io.fovea.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An image file that cannot be read or written: missing, not an image, truncated, or in a form
 * Fovea does not support. The message names the file and the problem, e.g. {@code photo.png:
 * truncated PNG (file ends at byte 812)}.
 */
public class ImageFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** An error about {@code file}; the message is {@code "<file>: <problem>"}. */
  public ImageFileException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /** An error about {@code file} caused by {@code cause}. */
  public ImageFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file the error is about. */
  public Path file() {
    return file;
  }
}
