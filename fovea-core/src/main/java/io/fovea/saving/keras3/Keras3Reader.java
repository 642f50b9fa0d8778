package io.fovea.saving.keras3;

import io.fovea.files.ZipMemberLimit;
import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.codec.KerasConfig;
import io.fovea.saving.codec.LayerCodecs;
import io.fovea.saving.codec.ModelConfigReader;
import io.fovea.saving.codec.StoredLayer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.saving.hdf5.JhdfFile;
import io.fovea.saving.json.Json;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Internal: reads Keras 3 files, the reverse of {@link Keras3Writer}. Of a {@code .keras} zip, the
 * members Fovea reads: {@code config.json} (the model), {@code model.weights.h5} (the weights,
 * opened in memory) and {@code metadata.json} (for Fovea's preprocessing); {@code assets/} is not
 * needed. Of a weights tree ({@code .weights.h5}, or {@code model.weights.h5}): layer {@code i} of
 * the model owns {@code /layers/<key>/vars/0, 1, ...}, where {@code key} is the snake_case class
 * name made unique in list order ({@code conv2d}, {@code conv2d_1}, ...), not the layer's name.
 * tf.keras 2.13-2.15 wrote {@code /_layer_checkpoint_dependencies/} instead of {@code /layers/}.
 *
 * <p>Every member is read whole and refused, as Python's {@code zipfile} refuses it, when its bytes
 * do not match the CRC-32 and size of the zip directory. Before inflating, a member's size is
 * capped: the JSON members at {@link #MAX_JSON_BYTES}, the weights by the model's parameter count
 * ({@link #weights(Path, Sequential)}); {@code -Dfovea.maxZipMember=<bytes>} replaces the caps
 * ({@link ZipMemberLimit}).
 */
public final class Keras3Reader {

  /** The zip member holding the model's config. */
  public static final String CONFIG = "config.json";

  /** The zip member holding the Keras version, date and Fovea's preprocessing. */
  public static final String METADATA = "metadata.json";

  /** The zip member holding the weights tree. */
  public static final String WEIGHTS = "model.weights.h5";

  /** The cap on {@code config.json} and {@code metadata.json}: far above any real config. */
  public static final long MAX_JSON_BYTES = 64L << 20;

  /**
   * Bytes of {@code model.weights.h5} allowed per parameter of the model: its float32 value and up
   * to 3 optimizer slots (Adam's m and v, AMSGrad's v-hat).
   */
  public static final long BYTES_PER_PARAMETER = 4 * (1 + 3);

  /** Bytes of {@code model.weights.h5} allowed for HDF5 metadata, beside the parameters. */
  public static final long WEIGHTS_SLACK = 16L << 20;

  /** Further bytes of HDF5 metadata allowed per layer (groups, object headers, names). */
  public static final long WEIGHTS_SLACK_PER_LAYER = 64L << 10;

  private static final String JSON_WHY = "the cap on a .keras JSON member";

  private Keras3Reader() {}

  /** The parsed {@code config.json} of {@code file}. */
  public static Map<String, Object> config(Path file) throws IOException {
    String text = new String(member(file, CONFIG, jsonCap(), JSON_WHY), StandardCharsets.UTF_8);
    try {
      return KerasConfig.asMap(Json.parse(text), file + "!" + CONFIG);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(file + "!" + CONFIG + ": malformed: " + e.getMessage(), e);
    }
  }

  /** The parsed {@code metadata.json} of {@code file}, or an empty map when it has none. */
  public static Map<String, Object> metadata(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      if (zip.getEntry(METADATA) == null) {
        return Map.of();
      }
    }
    String text = new String(member(file, METADATA, jsonCap(), JSON_WHY), StandardCharsets.UTF_8);
    try {
      return KerasConfig.asMap(Json.parse(text), file + "!" + METADATA);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(file + "!" + METADATA + ": malformed: " + e.getMessage(), e);
    }
  }

  /**
   * The {@code model.weights.h5} member of {@code file}, opened, capped by what the archive's own
   * {@code config.json} implies (see {@link #weights(Path, Sequential)}); when that config cannot
   * be built, only by {@link ZipMemberLimit#ARRAY_LIMIT} or the property.
   */
  public static Hdf5 weights(Path file) throws IOException {
    Sequential model;
    try {
      model = ModelConfigReader.build(config(file));
    } catch (IllegalArgumentException e) {
      model = null;
    }
    return weights(file, model);
  }

  /**
   * The {@code model.weights.h5} member of {@code file}, opened. Before anything is inflated, its
   * size is capped by what {@code model} (null: no model) can hold: {@link #BYTES_PER_PARAMETER}
   * bytes per parameter, plus {@link #WEIGHTS_SLACK} and {@link #WEIGHTS_SLACK_PER_LAYER} per layer
   * for HDF5 metadata; the system property {@value ZipMemberLimit#PROPERTY} replaces the cap.
   *
   * @throws KerasFileException naming the member, the cap and the property for a larger member, and
   *     for a member whose bytes do not match the zip directory's CRC-32 or size
   */
  public static Hdf5 weights(Path file, Sequential model) throws IOException {
    try (ZipFile zip = open(file)) {
      if (zip.getEntry(WEIGHTS) == null && zip.getEntry("model.weights.npz") != null) {
        throw new KerasFileException(
            file
                + ": expected member '"
                + WEIGHTS
                + "', got only 'model.weights.npz'; "
                + "save the model with the default h5 weights");
      }
    }
    long cap;
    String why;
    if (model == null) {
      cap = ZipMemberLimit.cap(ZipMemberLimit.ARRAY_LIMIT);
      why = "the largest Java array";
    } else {
      long params = model.countParams();
      int layers = model.layers().size();
      cap =
          ZipMemberLimit.cap(
              params * BYTES_PER_PARAMETER + WEIGHTS_SLACK + layers * WEIGHTS_SLACK_PER_LAYER);
      why =
          BYTES_PER_PARAMETER
              + " bytes for each of the model's "
              + params
              + " parameters (value and up to 3 optimizer slots), "
              + (WEIGHTS_SLACK >> 20)
              + " MB and "
              + (WEIGHTS_SLACK_PER_LAYER >> 10)
              + " KB for each of its "
              + layers
              + (layers == 1 ? " layer" : " layers")
              + " of HDF5 metadata";
    }
    return JhdfFile.open(member(file, WEIGHTS, cap, why), file + "!" + WEIGHTS);
  }

  private static long jsonCap() {
    return ZipMemberLimit.cap(MAX_JSON_BYTES);
  }

  /** Whether {@code h5} has a Keras 3 layer container or model variables group. */
  public static boolean isV3(Hdf5 h5) throws KerasFileException {
    return h5.isGroup("/layers")
        || h5.isGroup("/_layer_checkpoint_dependencies")
        || h5.isGroup("/vars");
  }

  /**
   * One entry per layer of {@code model}, in order (empty for a layer without stored variables).
   *
   * @throws KerasFileException when the file holds weights for layers the model does not have
   */
  public static List<StoredLayer> read(Hdf5 h5, Sequential model) throws KerasFileException {
    String container =
        h5.isGroup("/_layer_checkpoint_dependencies") && !h5.isGroup("/layers")
            ? "/_layer_checkpoint_dependencies"
            : "/layers";
    // A model without weights has only the model's own /vars group.
    Set<String> unused = new HashSet<>(h5.isGroup(container) ? h5.children(container) : List.of());
    List<StoredLayer> out = new ArrayList<>();
    for (String key : keys(model)) {
      unused.remove(key);
      out.add(readVars(h5, key, Hdf5.join(Hdf5.join(container, key), "vars")));
    }
    for (String key : unused) {
      String vars = Hdf5.join(Hdf5.join(container, key), "vars");
      if (h5.isGroup(vars) && !h5.children(vars).isEmpty()) {
        throw new KerasFileException(
            h5.fileName()
                + ": "
                + vars
                + ": expected no weights for layers the model does not have, got "
                + h5.children(vars).size()
                + " (the model's layers are "
                + model.layers().stream().map(Layer::where).toList()
                + ")");
      }
    }
    return out;
  }

  /**
   * The key of each layer of {@code model}: its snake_case class name made unique in list order.
   */
  public static List<String> keys(Sequential model) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Layer layer : model.layers()) {
      String base = LayerCodecs.snakeCaseName(layer);
      int n = seen.merge(base, 1, Integer::sum) - 1;
      keys.add(n == 0 ? base : base + "_" + n);
    }
    return keys;
  }

  private static StoredLayer readVars(Hdf5 h5, String key, String vars) throws KerasFileException {
    List<String> paths = new ArrayList<>();
    List<Tensor> values = new ArrayList<>();
    if (h5.isGroup(vars)) {
      int count = h5.children(vars).size();
      for (int i = 0; i < count; i++) {
        String p = Hdf5.join(vars, Integer.toString(i));
        if (!h5.exists(p)) {
          throw new KerasFileException(
              h5.fileName()
                  + ": "
                  + p
                  + ": expected variable "
                  + i
                  + " of "
                  + count
                  + ", got none");
        }
        paths.add(p);
        values.add(h5.floats(p));
      }
    }
    return new StoredLayer(key, List.copyOf(paths), List.copyOf(values));
  }

  /**
   * Restores the optimizer state stored in {@code h5} into {@code model}'s optimizer; as Keras's
   * {@code load_own_variables}: a state of another variable count is skipped with a logged warning.
   */
  public static boolean restoreOptimizer(Hdf5 h5, Sequential model) throws KerasFileException {
    return OptimizerVariables.restore(h5, model);
  }

  private static byte[] member(Path file, String name, long cap, String why) throws IOException {
    try (ZipFile zip = open(file)) {
      return ZipMembers.read(file, zip, name, cap, why);
    }
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw new KerasFileException(file + ": expected a zip archive, got " + e.getMessage(), e);
    }
  }
}
