package io.fovea.saving.hdf5;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An HDF5 group being built for {@link H5Writer}: child groups (empty ones too) and float32 or
 * int32 datasets addressed by relative paths ({@code conv2d/kernel:0} makes the group {@code
 * conv2d} on the way), and string attributes of the kinds Keras's files hold:
 *
 * <ul>
 *   <li>{@link #putString} / {@link #putAsciiString}: a scalar variable-length string (h5py's
 *       {@code str} / {@code bytes}), stored in the global heap, so of any length;
 *   <li>{@link #putStrings}: a 1-D array of fixed-length, NUL-padded strings ({@code numpy |S<n>});
 *   <li>{@link #putEmptyList}: a float64 array of shape (0,), what Keras writes for an empty list.
 * </ul>
 *
 * Names may hold any character but {@code /} and may not be {@code .}; each object or attribute is
 * put once.
 */
public final class H5Group {

  /** How an attribute's value is stored. */
  enum Kind {
    VARIABLE_STRING,
    FIXED_STRINGS,
    EMPTY_DOUBLES
  }

  /** An attribute: its name, kind, the strings (one for a scalar) and their character set. */
  record Attribute(String name, Kind kind, List<String> values, boolean utf8) {}

  /**
   * A dataset stored contiguously, float32 ({@code floats}) or int32 ({@code ints}, the other one
   * null); {@code shape} may be empty (a scalar) or hold 0.
   */
  record Dataset(int[] shape, float[] floats, int[] ints) {

    /** The number of values. */
    int count() {
      return floats != null ? floats.length : ints.length;
    }
  }

  private final SortedMap<String, Object> children = new TreeMap<>();
  private final Map<String, Attribute> attributes = new LinkedHashMap<>();

  /** The group at {@code path} below this one, created with the groups on the way if missing. */
  public H5Group group(String path) {
    H5Group g = this;
    for (String name : split(path)) {
      Object child = g.children.computeIfAbsent(name, n -> new H5Group());
      if (!(child instanceof H5Group next)) {
        throw new IllegalArgumentException(
            "HDF5 group '" + path + "': expected a group at '" + name + "', got a dataset");
      }
      g = next;
    }
    return g;
  }

  /**
   * Puts a float32 dataset of {@code shape} at {@code path}, holding {@code data} in row-major
   * order (kept, not copied, until the file is written).
   */
  public void putFloats(String path, int[] shape, float[] data) {
    put(path, new Dataset(checkShape(path, shape, data.length), data, null));
  }

  /**
   * Puts an int32 dataset of {@code shape} at {@code path} (Keras 3's optimizer {@code
   * iterations}), holding {@code data} in row-major order (kept, not copied).
   */
  public void putInts(String path, int[] shape, int[] data) {
    put(path, new Dataset(checkShape(path, shape, data.length), null, data));
  }

  private void put(String path, Dataset dataset) {
    List<String> names = split(path);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("HDF5 dataset: expected a name, got '" + path + "'");
    }
    H5Group parent = group(String.join("/", names.subList(0, names.size() - 1)));
    String leaf = names.get(names.size() - 1);
    if (parent.children.containsKey(leaf)) {
      throw new IllegalArgumentException(
          "HDF5 dataset '" + path + "': expected a new name, got one in use");
    }
    parent.children.put(leaf, dataset);
  }

  private static int[] checkShape(String path, int[] shape, int length) {
    long count = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "HDF5 dataset '" + path + "': expected sizes >= 0, got " + Arrays.toString(shape));
      }
      count *= d;
    }
    if (count != length) {
      throw new IllegalArgumentException(
          "HDF5 dataset '"
              + path
              + "': expected "
              + count
              + " values for shape "
              + Arrays.toString(shape)
              + ", got "
              + length);
    }
    return shape.clone();
  }

  /** Puts a scalar variable-length UTF-8 string attribute (h5py's {@code attrs[name] = str}). */
  public void putString(String name, String value) {
    put(new Attribute(name, Kind.VARIABLE_STRING, List.of(value), true));
  }

  /**
   * Puts a scalar variable-length ASCII string attribute (h5py's {@code attrs[name] = bytes}); a
   * value with non-ASCII characters, which ASCII cannot hold, is stored as UTF-8.
   */
  public void putAsciiString(String name, String value) {
    put(new Attribute(name, Kind.VARIABLE_STRING, List.of(value), !isAscii(value)));
  }

  /**
   * Puts a 1-D array of fixed-length NUL-padded strings, as long as the longest UTF-8 encoding;
   * ASCII unless a string needs UTF-8. An empty list is stored as {@link #putEmptyList} does.
   */
  public void putStrings(String name, List<String> values) {
    if (values.isEmpty()) {
      putEmptyList(name);
      return;
    }
    boolean utf8 = !values.stream().allMatch(H5Group::isAscii);
    put(new Attribute(name, Kind.FIXED_STRINGS, List.copyOf(values), utf8));
  }

  /** Puts a float64 attribute of shape (0,), Keras's (numpy's) spelling of an empty list. */
  public void putEmptyList(String name) {
    put(new Attribute(name, Kind.EMPTY_DOUBLES, List.of(), false));
  }

  SortedMap<String, Object> children() {
    return Collections.unmodifiableSortedMap(children);
  }

  List<Attribute> attributes() {
    return List.copyOf(attributes.values());
  }

  private void put(Attribute a) {
    if (a.name().isEmpty()) {
      throw new IllegalArgumentException("HDF5 attribute: expected a non-empty name, got ''");
    }
    if (attributes.containsKey(a.name())) {
      throw new IllegalArgumentException(
          "HDF5 attribute '" + a.name() + "': expected a new name, got one in use");
    }
    attributes.put(a.name(), a);
  }

  private static List<String> split(String path) {
    List<String> names = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.equals(".")) {
        throw new IllegalArgumentException("HDF5 path '" + path + "': expected no '.' part");
      }
      if (!part.isEmpty()) {
        names.add(part);
      }
    }
    return names;
  }

  static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
