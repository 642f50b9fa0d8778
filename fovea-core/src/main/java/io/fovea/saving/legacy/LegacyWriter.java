package io.fovea.saving.legacy;

import io.fovea.files.AtomicFiles;
import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.codec.LayerCodecs;
import io.fovea.saving.codec.StoredLayer;
import io.fovea.saving.hdf5.H5Group;
import io.fovea.saving.hdf5.H5Writer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.json.JsonWriter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Internal: writes legacy Keras HDF5 files as tf.keras 2.x does: {@code save_weights("x.h5")} (the root is
 * the weights group) and {@code model.save("x.h5")} (root {@code @keras_version}, {@code @backend},
 * {@code @model_config}, {@code @training_config} when compiled, weights under {@code
 * /model_weights}). A weights group has {@code @layer_names} (every layer, in model order), {@code
 * @backend}, {@code @keras_version}, per layer a group {@code <layer>} with {@code @weight_names}
 * and float32 datasets {@code <layer>/<layer>/kernel:0}, and an empty {@code
 * top_level_model_weights} group, the tree of a real tf.keras 2.15 file.
 *
 * <p>Types follow Keras with h5py: scalar strings are variable-length (UTF-8 for the root's version
 * and backend, ASCII for the configs and the weights group's), so a config of any size fits; name
 * lists are fixed-length NUL-padded strings (numpy's {@code |S<n>}, which every Keras reads), split
 * as Keras splits them past {@code HDF5_OBJECT_HEADER_LIMIT}; a weightless layer's empty list is a
 * float64 array of shape (0,). The file is written by Fovea's own {@link H5Writer} and read back
 * with jHDF (Fovea's reader) before it is moved into place.
 */
public final class LegacyWriter {

  /** Keras's {@code HDF5_OBJECT_HEADER_LIMIT}, where it splits {@code layer_names}. */
  private static final int NAMES_LIMIT = 64_512;

  /** The version the files claim: their configs are spelled as tf.keras 2.15 writes them. */
  public static final String KERAS_VERSION = "2.15.0";

  public static final String BACKEND = "tensorflow";

  private LegacyWriter() {}

  /** Writes the weights of {@code model} to {@code file} as {@code save_weights("x.h5")} does. */
  public static void saveWeights(Sequential model, Path file) throws IOException {
    requireWeights(model, file);
    H5Group root = new H5Group();
    putWeights(model, root);
    AtomicFiles.write(
        file,
        temp -> {
          H5Writer.write(temp, root);
          check(model, temp, "/");
        });
  }

  /**
   * Writes {@code model} (config, compile settings, weights) as {@code model.save("x.h5")}, with
   * each of {@code extraAttributes} as a root string attribute holding its value's JSON, after
   * {@code @model_config} (Keras ignores them).
   */
  public static void save(Sequential model, Path file, Map<String, Object> extraAttributes)
      throws IOException {
    requireWeights(model, file);
    String config = JsonWriter.write(LegacyConfigs.model(model));
    Map<String, Object> training = LegacyConfigs.training(model);
    H5Group root = new H5Group();
    root.putString("keras_version", KERAS_VERSION);
    root.putString("backend", BACKEND);
    root.putAsciiString("model_config", config);
    // Fovea's own root attributes (its preprocessing, as JSON); Keras ignores them.
    extraAttributes.forEach((key, value) -> root.putString(key, JsonWriter.write(value)));
    if (training != null) {
      root.putAsciiString("training_config", JsonWriter.write(training));
    }
    putWeights(model, root.group("model_weights"));
    AtomicFiles.write(
        file,
        temp -> {
          H5Writer.write(temp, root);
          check(model, temp, "/model_weights");
          try (Hdf5 back = JhdfFile.open(temp)) {
            String read = back.string("/", "model_config").orElse(null);
            if (!config.equals(read)) {
              throw new KerasFileException(
                  temp
                      + ": /@model_config: read back: expected the "
                      + config.length()
                      + " characters written, got "
                      + (read == null ? "none" : read.length() + " different ones"));
            }
          }
        });
  }

  private static void putWeights(Sequential model, H5Group group) {
    putNames(group, "layer_names", model.layers().stream().map(Layer::name).toList());
    group.putAsciiString("backend", BACKEND);
    group.putAsciiString("keras_version", KERAS_VERSION);
    // tf.keras creates the layer groups sorted by name; the order comes from layer_names.
    Map<String, Layer> sorted = new TreeMap<>();
    for (Layer layer : model.layers()) {
      sorted.put(layer.name(), layer);
    }
    for (Layer layer : sorted.values()) {
      H5Group g = group.group(layer.name());
      List<String> weightNames = LayerCodecs.weightNames(layer);
      List<String> full = new ArrayList<>();
      List<Tensor> values = layer.getWeights();
      for (int i = 0; i < values.size(); i++) {
        String name = layer.name() + "/" + weightNames.get(i) + ":0";
        full.add(name);
        Tensor t = values.get(i);
        g.putFloats(name, t.shape().dims(), t.toArray());
      }
      putNames(g, "weight_names", full);
    }
    // Weights the model owns outside its layers (Keras >= 2.7); a Sequential has none.
    group.group("top_level_model_weights").putEmptyList("weight_names");
  }

  /**
   * Writes {@code names} as {@code @<attribute>}, or split into {@code @<attribute>0, 1, ...} as
   * Keras does when the fixed-length array would exceed {@code HDF5_OBJECT_HEADER_LIMIT}.
   */
  private static void putNames(H5Group node, String attribute, List<String> names) {
    int longest = 1;
    for (String n : names) {
      longest = Math.max(longest, n.getBytes(StandardCharsets.UTF_8).length);
    }
    if (longest > NAMES_LIMIT) {
      throw new IllegalArgumentException(
          "@"
              + attribute
              + ": expected names of at most "
              + NAMES_LIMIT
              + " bytes (HDF5's limit), got one of "
              + longest);
    }
    int pieces = 1;
    while ((long) ((names.size() + pieces - 1) / pieces) * longest > NAMES_LIMIT) {
      pieces++;
    }
    if (pieces == 1) {
      node.putStrings(attribute, names);
      return;
    }
    // numpy.array_split: the first size % pieces parts get one element more.
    int from = 0;
    for (int p = 0; p < pieces; p++) {
      int size = names.size() / pieces + (p < names.size() % pieces ? 1 : 0);
      node.putStrings(attribute + p, names.subList(from, from + size));
      from += size;
    }
  }

  private static void requireWeights(Sequential model, Path file) {
    for (Layer layer : model.layers()) {
      if (!layer.getWeights().isEmpty()) {
        return;
      }
    }
    throw new IllegalArgumentException(
        file + ": model '" + model.name() + "' has no weights to store in a legacy .h5");
  }

  private static void check(Sequential model, Path file, String group) throws IOException {
    try (Hdf5 h5 = JhdfFile.open(file)) {
      List<StoredLayer> stored = LegacyReader.read(h5, group);
      List<Layer> layers = model.layers();
      if (stored.size() != layers.size()) {
        throw new KerasFileException(
            file
                + ": "
                + group
                + "@layer_names: read back: expected "
                + layers.size()
                + " layers, got "
                + stored.size());
      }
      for (int i = 0; i < layers.size(); i++) {
        stored.get(i).requireEqual(layers.get(i).getWeights(), file + ": " + layers.get(i).where());
      }
    }
  }
}
