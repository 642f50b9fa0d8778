package io.fovea.data;

import io.fovea.files.FoveaFileException;

/**
 * A data set that is neither on disk nor downloadable (no network): the message lists the files to
 * place and the folder to place them in ({@link #path()} is null: the data set is several files).
 */
public class DatasetNotFoundException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  /** With the message and the download failure that caused it. */
  public DatasetNotFoundException(String message, Throwable cause) {
    super(null, message, cause);
  }
}
