package io.fovea.model;

import io.fovea.files.FoveaFileException;
import java.nio.file.Path;

/**
 * A weights file that cannot be read or does not fit the model; the message names the file, the
 * layer or weight, and the byte offset where it makes sense. Made from a message alone, {@link
 * #path()} is null and {@link #offset()} -1.
 */
public class WeightsFileException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public WeightsFileException(String message) {
    super(null, message);
  }

  /**
   * A problem at byte {@code offset} of {@code file}: {@code "<file> at byte <offset>: <problem>"}.
   */
  public WeightsFileException(Path file, long offset, String problem) {
    super(file, offset, file + " at byte " + offset + ": " + problem);
  }
}
