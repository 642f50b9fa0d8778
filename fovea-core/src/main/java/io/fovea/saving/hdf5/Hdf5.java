package io.fovea.saving.hdf5;

import io.fovea.saving.KerasFileException;
import io.fovea.tensor.Tensor;
import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Internal: the little of HDF5 that reading Keras files needs: groups, string attributes and float
 * datasets, addressed by absolute paths such as {@code /model_weights/conv2d/conv2d/kernel:0}. It
 * keeps the HDF5 library ({@link JhdfFile}) behind one seam so that it can be replaced. Every
 * failure is a {@link KerasFileException} naming the file and the path. Files are written by
 * Fovea's own {@link H5Writer} (legacy and Keras 3 alike); jHDF only reads.
 */
public interface Hdf5 extends Closeable {

  /** The file's name for messages (a path, or {@code x.keras!model.weights.h5}). */
  String fileName();

  /** Whether an object (group or dataset) exists at {@code path}. */
  boolean exists(String path) throws KerasFileException;

  /** Whether {@code path} is a group. */
  boolean isGroup(String path) throws KerasFileException;

  /** The names of the children of the group at {@code path}, sorted (HDF5 gives no other order). */
  List<String> children(String path) throws KerasFileException;

  /**
   * The string attribute {@code name} of the object at {@code path} as a list: a scalar gives one
   * element, a zero-length numeric array (Keras's empty list) gives none, a missing attribute gives
   * empty. Fixed-length strings are cut at their first NUL.
   */
  Optional<List<String>> strings(String path, String name) throws KerasFileException;

  /** The float dataset at {@code path} with its shape (float64 data is narrowed). */
  Tensor floats(String path) throws KerasFileException;

  /**
   * The integer in the one-element dataset at {@code path} (int32 or int64, such as Keras's {@code
   * iterations}; a float must hold a whole number), exactly.
   */
  long integer(String path) throws KerasFileException;

  @Override
  void close();

  /** The value of a scalar string attribute, if present. */
  default Optional<String> string(String path, String name) throws KerasFileException {
    Optional<List<String>> list = strings(path, name);
    if (list.isEmpty() || list.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(list.get().get(0));
  }

  /** {@code parent + "/" + child} without doubled slashes. */
  static String join(String parent, String child) {
    return parent.endsWith("/") ? parent + child : parent + "/" + child;
  }
}
