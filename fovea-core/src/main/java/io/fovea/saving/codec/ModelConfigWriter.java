package io.fovea.saving.codec;

import io.fovea.model.Sequential;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: the reverse of {@link ModelConfigReader}, the Keras 3 config of a built {@link
 * Sequential} ({@code config.json} of a {@code .keras}), spelled as Keras 3 writes it: an {@code
 * InputLayer} with {@code batch_shape}, then per layer {@code {"module", "class_name", "config",
 * "registered_name", "build_config"}} whose config holds {@code name}, {@code trainable}, the
 * {@code float32} dtype policy and the layer's arguments from its {@link
 * io.fovea.saving.LayerCodec}.
 */
public final class ModelConfigWriter {

  private ModelConfigWriter() {}

  /** The model entry {@code {"module": "keras", "class_name": "Sequential", ...}}. */
  public static Map<String, Object> model(Sequential model) {
    List<Object> batchShape = batchShape(model.inputShape().dims());
    List<Object> layers = new ArrayList<>();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("batch_shape", batchShape);
    input.put("dtype", "float32");
    input.put("sparse", false);
    input.put("ragged", false);
    input.put("name", "input_layer");
    input.put("optional", false);
    layers.add(entry("keras.layers", "InputLayer", input, null));
    for (Layer layer : model.layers()) {
      if (!(layer instanceof InputLayer)) {
        layers.add(layer(layer));
      }
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", model.name());
    config.put("trainable", true);
    config.put("dtype", dtypePolicy());
    config.put("layers", layers);
    config.put("build_input_shape", batchShape);
    return entry("keras", "Sequential", config, batchShape);
  }

  /** The entry of one built layer, with its {@code build_config}. */
  public static Map<String, Object> layer(Layer layer) {
    String cls = LayerCodecs.className(layer);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", layer.name());
    c.put("trainable", layer.trainable());
    c.put("dtype", dtypePolicy());
    c.putAll(LayerCodecs.write(layer));
    return entry("keras.layers", cls, c, batchShape(layer.inputShape().dims()));
  }

  private static Map<String, Object> dtypePolicy() {
    return KerasObjects.object("keras", "DTypePolicy", Map.of("name", "float32"));
  }

  private static Map<String, Object> entry(
      String module, String cls, Map<String, Object> config, List<Object> inputShape) {
    Map<String, Object> m = KerasObjects.object(module, cls, Map.of());
    m.put("config", config);
    if (inputShape != null) {
      m.put("build_config", Map.of("input_shape", inputShape));
    }
    return m;
  }

  private static List<Object> batchShape(int[] sampleDims) {
    List<Object> shape = new ArrayList<>();
    shape.add(null);
    for (int d : sampleDims) {
      shape.add(d);
    }
    return shape;
  }
}
