package io.fovea.saving;

import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import io.fovea.model.Sequential;
import io.fovea.nn.Activation;
import io.fovea.nn.AveragePooling2D;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.GlobalAveragePooling2D;
import io.fovea.nn.GlobalMaxPooling2D;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.ZeroPadding2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reverse of {@link KerasLayers}: the Keras 3 config of a built {@link Sequential} ({@code
 * config.json} of a {@code .keras}), spelled as Keras 3 writes it: an {@code InputLayer} with
 * {@code batch_shape}, then per layer {@code {"module", "class_name", "config", "registered_name",
 * "build_config"}} whose config holds {@code name}, {@code trainable}, the {@code float32} dtype
 * policy and the layer's arguments under Keras's names.
 */
final class KerasLayerConfigs {

  private KerasLayerConfigs() {}

  /** The model entry {@code {"module": "keras", "class_name": "Sequential", ...}}. */
  static Map<String, Object> model(Sequential model) {
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
  static Map<String, Object> layer(Layer layer) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", layer.name());
    c.put("trainable", layer.trainable());
    c.put("dtype", dtypePolicy());
    String cls = arguments(layer.config(), c);
    return entry("keras.layers", cls, c, batchShape(layer.inputShape().dims()));
  }

  /** Adds the arguments of {@code config} to {@code c}; returns the Keras class name. */
  private static String arguments(LayerConfig config, Map<String, Object> c) {
    String cls = weighted(config, c);
    if (cls == null) {
      cls = unweighted(config, c);
    }
    if (cls == null) {
      throw new IllegalArgumentException(
          "layer '"
              + c.get("name")
              + "': expected one of "
              + KerasLayers.SUPPORTED
              + " to write as Keras, got "
              + config.getClass().getName());
    }
    return cls;
  }

  /** The arguments of a layer with weights; null for another layer. */
  private static String weighted(LayerConfig config, Map<String, Object> c) {
    if (config instanceof Dense.Config d) {
      c.put("units", d.units());
      c.put("activation", d.activation());
      weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
      constraints(c, d.kernelConstraint(), d.biasConstraint());
      return "Dense";
    } else if (config instanceof Conv2D.Config d) {
      List<Object> kernel = pair(d.kernelHeight(), d.kernelWidth());
      List<Object> strides = pair(d.strideHeight(), d.strideWidth());
      convolution(c, d.filters(), kernel, strides, d.padding(), pair(1, 1), d.activation());
      weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
      constraints(c, d.kernelConstraint(), d.biasConstraint());
      return "Conv2D";
    } else if (config instanceof Conv1D.Config d) {
      List<Object> kernel = List.of(d.kernelSize());
      List<Object> strides = List.of(d.strides());
      convolution(c, d.filters(), kernel, strides, d.padding(), List.of(1), d.activation());
      weights(c, d.useBias(), d.kernelInitializer(), d.biasInitializer());
      constraints(c, d.kernelConstraint(), d.biasConstraint());
      return "Conv1D";
    } else if (config instanceof BatchNormalization.Config d) {
      batchNormalization(c, d);
      return "BatchNormalization";
    }
    return null;
  }

  /** The arguments of a layer without weights; null for another layer. */
  private static String unweighted(LayerConfig config, Map<String, Object> c) {
    if (config instanceof MaxPooling2D.Config d) {
      pooling(c, d.poolHeight(), d.poolWidth(), d.strideHeight(), d.strideWidth(), d.padding());
      return "MaxPooling2D";
    } else if (config instanceof AveragePooling2D.Config d) {
      pooling(c, d.poolHeight(), d.poolWidth(), d.strideHeight(), d.strideWidth(), d.padding());
      return "AveragePooling2D";
    } else if (config instanceof GlobalAveragePooling2D.Config d) {
      globalPooling(c, d.keepdims());
      return "GlobalAveragePooling2D";
    } else if (config instanceof GlobalMaxPooling2D.Config d) {
      globalPooling(c, d.keepdims());
      return "GlobalMaxPooling2D";
    } else if (config instanceof Flatten.Config) {
      c.put("data_format", "channels_last");
      return "Flatten";
    } else if (config instanceof Dropout.Config d) {
      c.put("rate", d.rate());
      c.put("seed", d.seed());
      c.put("noise_shape", null);
      return "Dropout";
    } else if (config instanceof ZeroPadding2D.Config d) {
      c.put("padding", List.of(pair(d.top(), d.bottom()), pair(d.left(), d.right())));
      c.put("data_format", "channels_last");
      return "ZeroPadding2D";
    } else if (config instanceof Activation.Config d) {
      c.put("activation", d.activation());
      return "Activation";
    }
    return null;
  }

  /** Keras's convolution arguments up to {@code activation}, in Keras's key order. */
  private static void convolution(
      Map<String, Object> c,
      int filters,
      List<Object> kernel,
      List<Object> strides,
      String padding,
      List<Object> dilation,
      String activation) {
    c.put("filters", filters);
    c.put("kernel_size", kernel);
    c.put("strides", strides);
    c.put("padding", padding);
    c.put("data_format", "channels_last");
    c.put("dilation_rate", dilation);
    c.put("groups", 1);
    c.put("activation", activation);
  }

  private static void pooling(Map<String, Object> c, int ph, int pw, int sh, int sw, String pad) {
    c.put("pool_size", pair(ph, pw));
    c.put("padding", pad);
    c.put("strides", pair(sh, sw));
    c.put("data_format", "channels_last");
  }

  private static void globalPooling(Map<String, Object> c, boolean keepdims) {
    c.put("data_format", "channels_last");
    c.put("keepdims", keepdims);
  }

  private static void weights(
      Map<String, Object> c, boolean useBias, Initializer kernel, Initializer bias) {
    c.put("use_bias", useBias);
    c.put("kernel_initializer", initializer(kernel));
    c.put("bias_initializer", initializer(bias));
    c.put("kernel_regularizer", null);
    c.put("bias_regularizer", null);
  }

  private static void constraints(Map<String, Object> c, Constraint kernel, Constraint bias) {
    c.put("kernel_constraint", constraint(kernel));
    c.put("bias_constraint", constraint(bias));
  }

  private static void batchNormalization(Map<String, Object> c, BatchNormalization.Config d) {
    c.put("axis", d.axis());
    c.put("momentum", d.momentum());
    c.put("epsilon", d.epsilon());
    c.put("center", d.center());
    c.put("scale", d.scale());
    c.put("beta_initializer", initializer(d.betaInitializer()));
    c.put("gamma_initializer", initializer(d.gammaInitializer()));
    c.put("moving_mean_initializer", initializer(d.movingMeanInitializer()));
    c.put("moving_variance_initializer", initializer(d.movingVarianceInitializer()));
    c.put("beta_regularizer", null);
    c.put("gamma_regularizer", null);
    c.put("beta_constraint", constraint(d.betaConstraint()));
    c.put("gamma_constraint", constraint(d.gammaConstraint()));
  }

  private static Map<String, Object> initializer(Initializer i) {
    return object("keras.initializers", i.className(), i.config());
  }

  private static Map<String, Object> constraint(Constraint c) {
    return c == null ? null : object("keras.constraints", c.className(), c.config());
  }

  /** Keras 3's serialized object {@code {"module", "class_name", "config", "registered_name"}}. */
  static Map<String, Object> object(String module, String cls, Map<String, Object> config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("module", module);
    m.put("class_name", cls);
    m.put("config", new LinkedHashMap<>(config));
    m.put("registered_name", null);
    return m;
  }

  private static Map<String, Object> dtypePolicy() {
    return object("keras", "DTypePolicy", Map.of("name", "float32"));
  }

  private static Map<String, Object> entry(
      String module, String cls, Map<String, Object> config, List<Object> inputShape) {
    Map<String, Object> m = object(module, cls, Map.of());
    m.put("config", config);
    if (inputShape != null) {
      m.put("build_config", Map.of("input_shape", inputShape));
    }
    return m;
  }

  private static List<Object> pair(int a, int b) {
    return List.of(a, b);
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
