package io.fovea.data;

import java.io.IOException;

/**
 * A data set that is neither on disk nor downloadable (no network): the message lists the files to
 * place and the folder to place them in.
 */
public class DatasetNotFoundException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With the message and the download failure that caused it. */
  public DatasetNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
