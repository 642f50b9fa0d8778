package io.fovea.model;

import io.fovea.files.FoveaFileException;

/**
 * A weights file that cannot be read or does not fit the model; the message names the file, the
 * layer or weight, and the byte offset where it makes sense (the message alone carries them: {@link
 * #path()} is null).
 */
public class WeightsFileException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public WeightsFileException(String message) {
    super(null, message);
  }
}
