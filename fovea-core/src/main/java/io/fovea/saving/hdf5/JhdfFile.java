package io.fovea.saving.hdf5;

import io.fovea.saving.KerasFileException;
import io.fovea.tensor.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Internal: {@link Hdf5} over jHDF (pure Java), for files on disk and for zip members held in
 * memory.
 */
public final class JhdfFile implements Hdf5 {

  private final HdfFile file;
  private final String fileName;

  private JhdfFile(HdfFile file, String fileName) {
    this.file = file;
    this.fileName = fileName;
  }

  /** Opens {@code path}; a file that is not HDF5 (or is truncated) fails naming it. */
  public static JhdfFile open(Path path) throws KerasFileException {
    String truncation;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      truncation =
          Superblock.truncation(
              (at, into) -> channel.read(ByteBuffer.wrap(into), at), channel.size());
    } catch (IOException e) {
      throw new KerasFileException(
          path, path + ": cannot read the file (" + e.getMessage() + ")", e);
    }
    if (truncation != null) {
      throw new KerasFileException(path, path + ": " + truncation, null);
    }
    try {
      return new JhdfFile(new HdfFile(path), path.toString());
    } catch (RuntimeException e) {
      throw notHdf5(path.toString(), e);
    }
  }

  /** Opens HDF5 {@code bytes} (a zip member), called {@code fileName} in messages. */
  public static JhdfFile open(byte[] bytes, String fileName) throws KerasFileException {
    String truncation;
    try {
      truncation = Superblock.truncation((at, into) -> copy(bytes, at, into), bytes.length);
    } catch (IOException e) {
      throw new KerasFileException(fileName + ": " + e.getMessage(), e);
    }
    if (truncation != null) {
      throw new KerasFileException(fileName + ": " + truncation);
    }
    try {
      return new JhdfFile(HdfFile.fromBytes(bytes), fileName);
    } catch (RuntimeException e) {
      throw notHdf5(fileName.toString(), e);
    }
  }

  private static int copy(byte[] bytes, long at, byte[] into) {
    int n = (int) Math.max(0, Math.min(into.length, bytes.length - at));
    System.arraycopy(bytes, (int) Math.min(at, bytes.length), into, 0, n);
    return n;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public boolean exists(String path) throws KerasFileException {
    return find(path) != null;
  }

  @Override
  public boolean isGroup(String path) throws KerasFileException {
    Node node = find(path);
    return node != null && node.isGroup();
  }

  @Override
  public List<String> children(String path) throws KerasFileException {
    Node node = require(path);
    if (!(node instanceof Group group)) {
      throw new KerasFileException(fileName + ": " + path + ": expected a group, got a dataset");
    }
    try {
      return new ArrayList<>(group.getChildren().keySet()).stream().sorted().toList();
    } catch (RuntimeException e) {
      throw broken(path, e);
    }
  }

  @Override
  public Optional<List<String>> strings(String path, String name) throws KerasFileException {
    Node node = require(path);
    try {
      if (!node.getAttributes().containsKey(name)) {
        return Optional.empty();
      }
      Attribute a = node.getAttribute(name);
      Object data = a.isEmpty() ? null : a.getData();
      return Optional.of(toStrings(data, path + "@" + name));
    } catch (RuntimeException e) {
      throw broken(path + "@" + name, e);
    }
  }

  private List<String> toStrings(Object data, String where) throws KerasFileException {
    List<String> out = new ArrayList<>();
    if (data == null) {
      return out;
    }
    if (data instanceof String s) {
      out.add(cut(s));
    } else if (data instanceof String[] array) {
      for (String s : array) {
        out.add(cut(s));
      }
    } else if (data instanceof double[] d && d.length == 0) {
      return out;
    } else {
      throw new KerasFileException(
          fileName + ": " + where + ": expected strings, got " + data.getClass().getSimpleName());
    }
    return out;
  }

  private static String cut(String s) {
    int nul = s.indexOf('\0');
    return nul < 0 ? s : s.substring(0, nul);
  }

  @Override
  public Tensor floats(String path) throws KerasFileException {
    Node node = require(path);
    if (!(node instanceof Dataset dataset)) {
      throw new KerasFileException(fileName + ": " + path + ": expected a dataset, got a group");
    }
    try {
      int[] dims = dataset.getDimensions();
      if (dataset.isEmpty()) {
        // jHDF gives no data (null) for a zero-length dataset.
        return Tensor.of(new float[0], dims);
      }
      Object flat = dataset.isScalar() ? dataset.getData() : dataset.getDataFlat();
      return Tensor.of(toFloats(flat, path), dims);
    } catch (RuntimeException | LinkageError e) {
      throw unreadable(dataset, path, e);
    }
  }

  @Override
  public long integer(String path) throws KerasFileException {
    Node node = require(path);
    Object flat;
    try {
      if (!(node instanceof Dataset dataset) || dataset.getSize() != 1) {
        flat = null;
      } else {
        flat = dataset.isScalar() ? dataset.getData() : dataset.getDataFlat();
      }
    } catch (RuntimeException | LinkageError e) {
      throw unreadable(node instanceof Dataset d ? d : null, path, e);
    }
    Object one = flat != null && flat.getClass().isArray() ? Array.get(flat, 0) : flat;
    if (one instanceof Integer || one instanceof Long || one instanceof Short) {
      return ((Number) one).longValue();
    }
    if (one instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    throw new KerasFileException(
        fileName
            + ": "
            + path
            + ": expected one integer, got "
            + (one == null ? "no one-element dataset" : one));
  }

  private float[] toFloats(Object flat, String path) throws KerasFileException {
    if (flat instanceof float[] f) {
      return f;
    }
    if (flat instanceof double[] d) {
      float[] f = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        f[i] = (float) d[i];
      }
      return f;
    }
    if (flat instanceof Number n) {
      return new float[] {n.floatValue()};
    }
    throw new KerasFileException(
        fileName
            + ": "
            + path
            + ": expected float32 or float64 data, got "
            + (flat == null ? "none" : flat.getClass().getSimpleName()));
  }

  private Node require(String path) throws KerasFileException {
    Node node = find(path);
    if (node == null) {
      throw new KerasFileException(fileName + ": " + path + ": expected an HDF5 object, got none");
    }
    return node;
  }

  private Node find(String path) throws KerasFileException {
    Node node = file;
    try {
      for (String part : path.split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        if (!(node instanceof Group group) || !group.getChildren().containsKey(part)) {
          return null;
        }
        node = group.getChild(part);
      }
      return node;
    } catch (RuntimeException e) {
      throw broken(path, e);
    }
  }

  /**
   * A dataset whose data cannot be read: a filter Fovea cannot decode (jHDF fails with a missing
   * class when its decompressor is not shipped) is named as such; anything else is {@link #broken}.
   */
  private KerasFileException unreadable(Dataset dataset, String path, Throwable e)
      throws KerasFileException {
    String filter = dataset == null ? null : Filters.unsupported(dataset, e);
    if (filter != null) {
      return new KerasFileException(
          fileName
              + ": "
              + path
              + ": expected "
              + Filters.SUPPORTED
              + ", got HDF5 filter "
              + filter
              + "; save the weights without it (h5py: compression=None)",
          e);
    }
    if (e instanceof RuntimeException r) {
      return broken(path, r);
    }
    throw (Error) e;
  }

  private KerasFileException broken(String where, RuntimeException e) {
    String reasons = describe(e);
    return new KerasFileException(
        reasons == null
            ? corrupt(fileName, where)
            : fileName + ": " + where + ": cannot be read (" + reasons + ")",
        e);
  }

  private static KerasFileException notHdf5(String file, RuntimeException e) {
    String reasons = describe(e);
    return new KerasFileException(
        reasons == null
            ? corrupt(file, "/")
            : file
                + ": expected an HDF5 file, got bytes that do not parse as one ("
                + reasons
                + ")",
        e);
  }

  // The Java text of a failure inside the parser (an index, a null) says nothing about the file.
  private static String corrupt(String file, String where) {
    return file + ": corrupt HDF5 structure (" + where + ")";
  }

  /**
   * The reasons jHDF gave, down the cause chain, without Java class names; a failure inside the
   * parser (an index or a null from a corrupt structure) has no reason worth showing: null then.
   */
  private static String describe(RuntimeException e) {
    List<String> reasons = new ArrayList<>();
    for (Throwable t = e; t != null && reasons.size() < 3; t = t.getCause()) {
      if (t.getClass().getName().startsWith("io.jhdf.") && t.getMessage() != null) {
        reasons.add(t.getMessage());
      }
    }
    return reasons.isEmpty() ? null : String.join(": ", reasons);
  }

  @Override
  public void close() {
    file.close();
  }
}
