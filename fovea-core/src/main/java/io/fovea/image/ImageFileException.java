package io.fovea.image;

import io.fovea.files.FoveaFileException;
import java.nio.file.Path;

/**
 * An image file that cannot be read or written: missing, not an image, truncated, or in a form
 * Fovea does not support. The message names the file and the problem, e.g. {@code photo.png:
 * truncated PNG (file ends at byte 812)}.
 */
public class ImageFileException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  /** An error about {@code file}; the message is {@code "<file>: <problem>"}. */
  public ImageFileException(Path file, String problem) {
    super(file, file + ": " + problem);
  }

  /** An error about {@code file} caused by {@code cause}. */
  public ImageFileException(Path file, String problem, Throwable cause) {
    super(file, file + ": " + problem, cause);
  }

  /** The file the error is about (as {@link #path()}). */
  public Path file() {
    return path();
  }
}
