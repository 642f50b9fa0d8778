package io.fovea.model;

import java.io.IOException;

/**
 * A weights file that cannot be read or does not fit the model; the message names the file, the
 * layer or weight, and the byte offset where it makes sense.
 */
public class WeightsFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public WeightsFileException(String message) {
    super(message);
  }
}
