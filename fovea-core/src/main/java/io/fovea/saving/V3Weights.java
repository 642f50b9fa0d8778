package io.fovea.saving;

import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Keras 3 weights tree ({@code .weights.h5}, or {@code model.weights.h5} inside a {@code
 * .keras}): layer {@code i} of the model owns {@code /layers/<key>/vars/0, 1, ...}, where {@code
 * key} is the snake_case class name made unique in list order ({@code conv2d}, {@code conv2d_1},
 * ...), not the layer's name. tf.keras 2.13-2.15 wrote {@code /_layer_checkpoint_dependencies/}
 * instead of {@code /layers/}.
 */
final class V3Weights {

  private V3Weights() {}

  /** Whether {@code h5} has a Keras 3 layer container or model variables group. */
  static boolean isV3(Hdf5 h5) throws KerasFileException {
    return h5.isGroup("/layers")
        || h5.isGroup("/_layer_checkpoint_dependencies")
        || h5.isGroup("/vars");
  }

  /**
   * One entry per layer of {@code model}, in order (empty for a layer without stored variables).
   *
   * @throws KerasFileException when the file holds weights for layers the model does not have
   */
  static List<StoredLayer> read(Hdf5 h5, Sequential model) throws KerasFileException {
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
  static List<String> keys(Sequential model) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Layer layer : model.layers()) {
      String base = layer.defaultNamePrefix();
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
}
