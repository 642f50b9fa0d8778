package io.fovea.saving;

import io.fovea.files.AtomicFiles;
import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.tensor.Tensor;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes legacy Keras HDF5 files as tf.keras 2.x does: {@code save_weights("x.h5")} (the root is
 * the weights group) and {@code model.save("x.h5")} (root {@code @model_config}, {@code
 * @training_config} when compiled, weights under {@code /model_weights}). A weights group has
 * {@code @layer_names}, {@code @backend}, {@code @keras_version} and per layer a group {@code
 * <layer>} with {@code @weight_names} and float32 datasets {@code <layer>/<layer>/kernel:0}.
 *
 * <p>Limits of jHDF's writer shape the files: it cannot write empty string lists or childless
 * groups safely, so {@code layer_names} lists only the layers with weights (Keras 2.3+ and Keras 3
 * pair layers with weights by order, so the file loads the same; standalone Keras 2.2 would not).
 * Strings are fixed-length, which every Keras reads. An attribute over ~64 KB would corrupt the
 * file, so a {@code model_config} or {@code training_config} over {@link #MAX_ATTRIBUTE_BYTES} is
 * refused; writing such large configs (VGG-size models) needs our own HDF5 writer, not done.
 * Every file is read back with Fovea's reader before it is moved into place.
 */
final class LegacyWriter {

  /** The largest config attribute written, in UTF-8 bytes (HDF5's header message limit, less). */
  static final int MAX_ATTRIBUTE_BYTES = 64_000;

  /** Keras's {@code HDF5_OBJECT_HEADER_LIMIT}, where it splits {@code layer_names}. */
  private static final int NAMES_LIMIT = 64_512;

  /** The version the files claim: their configs are spelled as tf.keras 2.15 writes them. */
  static final String KERAS_VERSION = "2.15.0";

  static final String BACKEND = "tensorflow";

  private LegacyWriter() {}

  /** Writes the weights of {@code model} to {@code file} as {@code save_weights("x.h5")} does. */
  static void saveWeights(Sequential model, Path file) throws IOException {
    requireWeights(model, file);
    AtomicFiles.write(
        file,
        temp -> {
          try (WritableHdfFile h5 = HdfFile.write(temp)) {
            writeWeights(model, h5);
          }
          check(model, temp, "/");
        });
  }

  /** Writes {@code model} (config, compile settings, weights) as {@code model.save("x.h5")}. */
  static void save(Sequential model, Path file) throws IOException {
    requireWeights(model, file);
    String config = sized("model_config", JsonWriter.write(LegacyConfigs.model(model)));
    Map<String, Object> training = LegacyConfigs.training(model);
    AtomicFiles.write(
        file,
        temp -> {
          try (WritableHdfFile h5 = HdfFile.write(temp)) {
            h5.putAttribute("keras_version", KERAS_VERSION);
            h5.putAttribute("backend", BACKEND);
            h5.putAttribute("model_config", config);
            if (model.preprocessing() != null) {
              // Fovea's own root attribute (JSON, see PreprocessingJson); Keras ignores it.
              h5.putAttribute(
                  PreprocessingJson.KEY, PreprocessingJson.write(model.preprocessing()));
            }
            if (training != null) {
              h5.putAttribute(
                  "training_config", sized("training_config", JsonWriter.write(training)));
            }
            writeWeights(model, h5.putGroup("model_weights"));
          }
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

  private static void writeWeights(Sequential model, WritableGroup group) {
    group.putAttribute("backend", BACKEND);
    group.putAttribute("keras_version", KERAS_VERSION);
    List<String> names = new ArrayList<>();
    // tf.keras creates the layer groups sorted by name; the order comes from layer_names.
    Map<String, Layer> sorted = new TreeMap<>();
    for (Layer layer : model.layers()) {
      if (!layer.getWeights().isEmpty()) {
        names.add(layer.name());
        sorted.put(layer.name(), layer);
      }
    }
    putNames(group, "layer_names", names);
    for (Layer layer : sorted.values()) {
      WritableGroup g = group.putGroup(layer.name());
      List<String> weightNames = LegacyConfigs.weightNames(layer);
      List<String> full = new ArrayList<>();
      WritableGroup inner = g.putGroup(layer.name());
      List<Tensor> values = layer.getWeights();
      for (int i = 0; i < values.size(); i++) {
        full.add(layer.name() + "/" + weightNames.get(i));
        inner.putDataset(weightNames.get(i), KerasWriter.nested(values.get(i)));
      }
      putNames(g, "weight_names", full);
    }
  }

  /**
   * Writes {@code names} as {@code @<attribute>}, or split into {@code @<attribute>0, 1, ...} as
   * Keras does when the fixed-length array would exceed {@code HDF5_OBJECT_HEADER_LIMIT}.
   */
  private static void putNames(WritableNode node, String attribute, List<String> names) {
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
      node.putAttribute(attribute, names.toArray(String[]::new));
      return;
    }
    // numpy.array_split: the first size % pieces parts get one element more.
    int from = 0;
    for (int p = 0; p < pieces; p++) {
      int size = names.size() / pieces + (p < names.size() % pieces ? 1 : 0);
      node.putAttribute(attribute + p, names.subList(from, from + size).toArray(String[]::new));
      from += size;
    }
  }

  private static String sized(String attribute, String json) {
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_ATTRIBUTE_BYTES) {
      throw new IllegalArgumentException(
          attribute
              + " is "
              + bytes
              + " bytes; the HDF5 writer (jHDF) stores at most "
              + MAX_ATTRIBUTE_BYTES
              + " bytes in one attribute, so this model cannot be saved as a legacy .h5; save it"
              + " as .keras");
    }
    return json;
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
      List<StoredLayer> stored = LegacyWeights.read(h5, group);
      int k = 0;
      for (Layer layer : model.layers()) {
        List<Tensor> expected = layer.getWeights();
        if (expected.isEmpty()) {
          continue;
        }
        if (k == stored.size()) {
          throw new KerasFileException(
              file + ": " + layer.where() + ": read back: expected its weights, got none");
        }
        stored.get(k++).requireEqual(expected, file + ": " + layer.where());
      }
    }
  }
}
