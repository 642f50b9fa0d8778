package io.fovea.saving.codec;

import io.fovea.model.Sequential;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Internal: builds a {@link Sequential} from a Keras model config ({@code model_config} of a legacy
 * {@code .h5}, {@code config.json} of a {@code .keras}). Accepts {@code Sequential} (Keras 2 and 3
 * spellings, with or without an {@code InputLayer}) and a {@code Functional} model whose layers
 * form a plain chain; refuses any other class, since a subclassed model is Python code.
 */
public final class ModelConfigReader {

  private ModelConfigReader() {}

  /** The model {@code root} describes, built and with freshly initialised weights. */
  public static Sequential build(Map<String, Object> root) {
    String cls = String.valueOf(root.get("class_name"));
    Object config = root.get("config");
    List<Object> layers;
    String name = null;
    if (config instanceof List<?>) {
      // Keras 2.0-2.1 stored a Sequential config as the bare list of layers.
      layers = KerasConfig.asList(config, "model config");
    } else {
      Map<String, Object> c = KerasConfig.asMap(config, "model config: 'config'");
      name = c.get("name") instanceof String s ? s : null;
      if (!(cls.equals("Sequential") || cls.equals("Functional") || cls.equals("Model"))) {
        throw unsupportedModel(cls, root);
      }
      if (!(c.get("layers") instanceof List<?>)) {
        throw new IllegalArgumentException(
            "expected \"layers\" to be a list of layer objects, got "
                + (c.containsKey("layers") ? KerasConfig.describe(c.get("layers")) : "none"));
      }
      layers = KerasConfig.asList(c.get("layers"), "model config: 'layers'");
      if (!cls.equals("Sequential")) {
        requireChain(name, layers);
      }
    }
    if (!cls.equals("Sequential") && !cls.equals("Functional") && !cls.equals("Model")) {
      throw unsupportedModel(cls, root);
    }
    return assemble(name, layers, inputShape(root, layers));
  }

  private static Sequential assemble(String name, List<Object> entries, int[] input) {
    Sequential model = new Sequential();
    if (name != null) {
      model.name(name);
    }
    if (input == null) {
      throw new IllegalArgumentException(
          "model config: expected an input shape (InputLayer batch_shape or batch_input_shape, "
              + "or build_input_shape), got none");
    }
    model.add(new InputLayer(input));
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = KerasConfig.asMap(entries.get(i), "model config: layer " + i);
      if (!(e.get("class_name") instanceof String cls)) {
        throw new IllegalArgumentException(
            "model config: layer "
                + i
                + ": expected \"class_name\" to be a string, got "
                + (e.containsKey("class_name")
                    ? KerasConfig.describe(e.get("class_name"))
                    : "none"));
      }
      if (cls.equals("InputLayer")) {
        continue;
      }
      Map<String, Object> c =
          e.get("config") instanceof Map<?, ?> ? KerasConfig.asMap(e.get("config"), cls) : Map.of();
      String where = "layer '" + c.getOrDefault("name", "?") + "' (" + cls + ", layer " + i + ")";
      try {
        Layer layer = LayerCodecs.read(cls, new KerasConfig(c, where));
        model.add(layer);
      } catch (IllegalArgumentException ex) {
        String m = ex.getMessage();
        throw new IllegalArgumentException(m.startsWith(where) ? m : where + ": " + m, ex);
      }
    }
    return model;
  }

  /** The per-sample input shape: from an InputLayer, the first layer, or the build config. */
  private static int[] inputShape(Map<String, Object> root, List<Object> layers) {
    for (Object o : layers) {
      Map<String, Object> e = KerasConfig.asMap(o, "model config: layer");
      if (!(e.get("config") instanceof Map<?, ?>)) {
        continue;
      }
      KerasConfig c = new KerasConfig(KerasConfig.asMap(e.get("config"), "layer"), "layer config");
      for (String key : List.of("batch_shape", "batch_input_shape")) {
        if (c.has(key)) {
          return c.sampleShape(key);
        }
      }
      if (c.has("input_shape")) {
        List<Object> dims = new ArrayList<>();
        dims.add(null);
        dims.addAll(KerasConfig.asList(c.raw("input_shape"), "input_shape"));
        return new KerasConfig(Map.of("s", dims), "input_shape").sampleShape("s");
      }
      if (!"InputLayer".equals(e.get("class_name"))) {
        break;
      }
    }
    if (root.get("config") instanceof Map<?, ?> c && c.get("build_input_shape") != null) {
      return new KerasConfig(KerasConfig.asMap(c, "config"), "model config")
          .sampleShape("build_input_shape");
    }
    if (root.get("build_config") instanceof Map<?, ?> b && b.get("input_shape") != null) {
      return new KerasConfig(KerasConfig.asMap(b, "build_config"), "build_config")
          .sampleShape("input_shape");
    }
    return null;
  }

  /** Refuses a Functional model unless each layer takes only the previous layer's output. */
  private static void requireChain(String modelName, List<Object> layers) {
    Set<String> names = new HashSet<>();
    String previous = null;
    for (Object o : layers) {
      Map<String, Object> e = KerasConfig.asMap(o, "model config: layer");
      Map<String, Object> c = KerasConfig.asMap(e.get("config"), "model config: layer config");
      String name = String.valueOf(c.get("name"));
      Set<String> inputs = new HashSet<>();
      collectReferences(e.get("inbound_nodes"), names, inputs);
      Set<String> expected = previous == null ? Set.of() : Set.of(previous);
      if (!inputs.equals(expected)) {
        throw new UnsupportedOperationException(
            "Functional model '"
                + modelName
                + "': layer '"
                + name
                + "' takes its input from "
                + inputs
                + ", expected "
                + expected
                + "; only Sequential models and Functional models that are plain chains are "
                + "supported");
      }
      names.add(name);
      previous = name;
    }
  }

  /** Adds to {@code out} every known layer name referenced as {@code ["name", node, tensor]}. */
  private static void collectReferences(Object node, Set<String> known, Set<String> out) {
    if (node instanceof List<?> list) {
      if (list.size() >= 3
          && list.get(0) instanceof String s
          && known.contains(s)
          && list.get(1) instanceof Number) {
        out.add(s);
        return;
      }
      list.forEach(x -> collectReferences(x, known, out));
    } else if (node instanceof Map<?, ?> map) {
      map.values().forEach(x -> collectReferences(x, known, out));
    }
  }

  private static UnsupportedOperationException unsupportedModel(
      String cls, Map<String, Object> root) {
    Object registered = root.get("registered_name");
    return new UnsupportedOperationException(
        "model of class '"
            + cls
            + "'"
            + (registered instanceof String r ? " (registered as '" + r + "')" : "")
            + " is not supported: only Sequential models and Functional chains of "
            + LayerCodecs.supported()
            + " can be read; nothing stored in a file is ever executed");
  }
}
