package io.fovea.saving;

import io.fovea.files.FoveaFileException;
import java.nio.file.Path;

/**
 * A Keras file that cannot be read or does not fit the model. The message names the file and the
 * object inside it (an HDF5 path such as {@code /model_weights/dense/dense/kernel:0}, a zip entry
 * or a layer), e.g. {@code cifar.h5: /model_weights/conv2d: expected attribute 'weight_names', got
 * none}. Made from a message alone, {@link #path()} is null.
 */
public class KerasFileException extends FoveaFileException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}, which already names the file. */
  public KerasFileException(String message) {
    super(null, message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public KerasFileException(String message, Throwable cause) {
    super(null, message, cause);
  }

  /**
   * A problem in {@code file} described by {@code message} (which names it), caused by {@code
   * cause}.
   */
  public KerasFileException(Path file, String message, Throwable cause) {
    super(file, message, cause);
  }
}
