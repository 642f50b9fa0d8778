package io.fovea.saving;

import io.fovea.initializers.Initializers;
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
import io.fovea.nn.Layer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.ZeroPadding2D;
import java.util.List;
import java.util.Map;

/**
 * Makes a Fovea layer from one Keras layer entry {@code {"class_name": ..., "config": {...}}}, in
 * the Keras 2 or Keras 3 spelling. Unknown keys are ignored; settings Fovea cannot honour
 * (channels_first, dilation, groups) and classes it does not have are refused by name. Regularizers
 * are ignored (Fovea has none); they change training, not predictions.
 */
final class KerasLayers {

  /** The Keras classes this reader turns into layers (InputLayer is handled by the model). */
  static final List<String> SUPPORTED =
      List.of(
          "Dense",
          "Conv2D",
          "Conv1D",
          "MaxPooling2D",
          "AveragePooling2D",
          "GlobalAveragePooling2D",
          "GlobalMaxPooling2D",
          "Flatten",
          "Dropout",
          "BatchNormalization",
          "ZeroPadding2D",
          "Activation");

  private KerasLayers() {}

  /** The layer {@code entry} describes, named as in the file and not yet built. */
  static Layer create(String className, KerasConfig c) {
    Layer layer =
        switch (className) {
          case "Dense" -> dense(c);
          case "Conv2D", "Convolution2D" -> conv2d(c);
          case "Conv1D", "Convolution1D" -> conv1d(c);
          case "MaxPooling2D", "MaxPool2D" -> maxPooling(c);
          case "AveragePooling2D", "AvgPool2D" -> averagePooling(c);
          case "GlobalAveragePooling2D", "GlobalAvgPool2D" ->
              new GlobalAveragePooling2D(
                  new GlobalAveragePooling2D.Config(null, null, keepdims(c)));
          case "GlobalMaxPooling2D", "GlobalMaxPool2D" ->
              new GlobalMaxPooling2D(new GlobalMaxPooling2D.Config(null, null, keepdims(c)));
          case "Flatten" -> flatten(c);
          case "Dropout" -> dropout(c);
          case "BatchNormalization" -> batchNormalization(c);
          case "ZeroPadding2D" -> zeroPadding(c);
          case "Activation" ->
              new Activation(KerasObjects.activation(c.raw("activation"), c.where()));
          default -> throw unsupported(className, c.string("name", "?"));
        };
    String name = c.string("name", null);
    if (name != null) {
      layer.name(name);
    }
    if (!c.flag("trainable", true)) {
      layer.setTrainable(false);
    }
    return layer;
  }

  /** The error for a class Fovea does not have. */
  static UnsupportedOperationException unsupported(String className, String name) {
    return new UnsupportedOperationException(
        "layer '"
            + name
            + "' of class '"
            + className
            + "' is not supported; nothing stored in a file is ever executed. Supported: "
            + SUPPORTED);
  }

  private static Dense dense(KerasConfig c) {
    return new Dense(
        new Dense.Config(
            null,
            null,
            c.integer("units", 0),
            KerasObjects.activation(c.raw("activation"), c.where()),
            c.flag("use_bias", true),
            KerasObjects.initializer(c.raw("kernel_initializer"), Initializers.glorotUniform()),
            KerasObjects.initializer(c.raw("bias_initializer"), Initializers.get("zeros")),
            KerasObjects.constraint(c.raw("kernel_constraint"), c.where()),
            KerasObjects.constraint(c.raw("bias_constraint"), c.where())));
  }

  private static Conv2D conv2d(KerasConfig c) {
    channelsLast(c);
    requireOnes(c, "dilation_rate", 2);
    requireOneGroup(c);
    int[] k = c.ints("kernel_size", 2, null);
    int[] s = c.ints("strides", 2, new int[] {1, 1});
    return new Conv2D(
        new Conv2D.Config(
            null,
            null,
            c.integer("filters", 0),
            k[0],
            k[1],
            s[0],
            s[1],
            c.string("padding", "valid"),
            KerasObjects.activation(c.raw("activation"), c.where()),
            c.flag("use_bias", true),
            KerasObjects.initializer(c.raw("kernel_initializer"), Initializers.glorotUniform()),
            KerasObjects.initializer(c.raw("bias_initializer"), Initializers.get("zeros")),
            KerasObjects.constraint(c.raw("kernel_constraint"), c.where()),
            KerasObjects.constraint(c.raw("bias_constraint"), c.where())));
  }

  private static Conv1D conv1d(KerasConfig c) {
    channelsLast(c);
    requireOnes(c, "dilation_rate", 1);
    requireOneGroup(c);
    return new Conv1D(
        new Conv1D.Config(
            null,
            null,
            c.integer("filters", 0),
            c.ints("kernel_size", 1, null)[0],
            c.ints("strides", 1, new int[] {1})[0],
            c.string("padding", "valid"),
            KerasObjects.activation(c.raw("activation"), c.where()),
            c.flag("use_bias", true),
            KerasObjects.initializer(c.raw("kernel_initializer"), Initializers.glorotUniform()),
            KerasObjects.initializer(c.raw("bias_initializer"), Initializers.get("zeros")),
            KerasObjects.constraint(c.raw("kernel_constraint"), c.where()),
            KerasObjects.constraint(c.raw("bias_constraint"), c.where())));
  }

  private static MaxPooling2D maxPooling(KerasConfig c) {
    channelsLast(c);
    int[] p = c.ints("pool_size", 2, new int[] {2, 2});
    int[] s = c.ints("strides", 2, p);
    return new MaxPooling2D(
        new MaxPooling2D.Config(null, null, p[0], p[1], s[0], s[1], c.string("padding", "valid")));
  }

  private static AveragePooling2D averagePooling(KerasConfig c) {
    channelsLast(c);
    int[] p = c.ints("pool_size", 2, new int[] {2, 2});
    int[] s = c.ints("strides", 2, p);
    return new AveragePooling2D(
        new AveragePooling2D.Config(
            null, null, p[0], p[1], s[0], s[1], c.string("padding", "valid")));
  }

  private static boolean keepdims(KerasConfig c) {
    channelsLast(c);
    return c.flag("keepdims", false);
  }

  private static Flatten flatten(KerasConfig c) {
    channelsLast(c);
    return new Flatten();
  }

  private static Dropout dropout(KerasConfig c) {
    if (c.has("noise_shape")) {
      throw new IllegalArgumentException(
          c.where() + ": expected noise_shape null, got " + c.raw("noise_shape"));
    }
    Object seed = c.raw("seed");
    Long s = seed instanceof Number n ? n.longValue() : null;
    return new Dropout(new Dropout.Config(null, null, c.number("rate", 0), s));
  }

  private static BatchNormalization batchNormalization(KerasConfig c) {
    Object axis = c.raw("axis");
    int a =
        axis instanceof List<?> l && l.size() == 1
            ? new KerasConfig(Map.of("axis", l.get(0)), c.where()).integer("axis", -1)
            : c.integer("axis", -1);
    BatchNormalization.Config d = BatchNormalization.Config.defaults();
    return new BatchNormalization(
        new BatchNormalization.Config(
            null,
            null,
            a,
            c.number("momentum", 0.99),
            c.number("epsilon", 1e-3),
            c.flag("center", true),
            c.flag("scale", true),
            KerasObjects.initializer(c.raw("beta_initializer"), d.betaInitializer()),
            KerasObjects.initializer(c.raw("gamma_initializer"), d.gammaInitializer()),
            KerasObjects.initializer(c.raw("moving_mean_initializer"), d.movingMeanInitializer()),
            KerasObjects.initializer(
                c.raw("moving_variance_initializer"), d.movingVarianceInitializer()),
            KerasObjects.constraint(c.raw("beta_constraint"), c.where()),
            KerasObjects.constraint(c.raw("gamma_constraint"), c.where())));
  }

  private static ZeroPadding2D zeroPadding(KerasConfig c) {
    channelsLast(c);
    Object p = c.raw("padding");
    if (p instanceof List<?> l && l.size() == 2 && l.get(0) instanceof List<?>) {
      int[] rows = new KerasConfig(Map.of("p", l.get(0)), c.where()).ints("p", 2, null);
      int[] cols = new KerasConfig(Map.of("p", l.get(1)), c.where()).ints("p", 2, null);
      return new ZeroPadding2D(rows[0], rows[1], cols[0], cols[1]);
    }
    int[] hw = c.ints("padding", 2, new int[] {1, 1});
    return new ZeroPadding2D(hw[0], hw[0], hw[1], hw[1]);
  }

  private static void channelsLast(KerasConfig c) {
    String format = c.string("data_format", "channels_last");
    if (!format.equals("channels_last")) {
      throw new IllegalArgumentException(
          c.where() + ": expected data_format 'channels_last', got '" + format + "'");
    }
  }

  private static void requireOneGroup(KerasConfig c) {
    int groups = c.integer("groups", 1);
    if (groups != 1) {
      throw new IllegalArgumentException(c.where() + ": expected groups 1, got " + groups);
    }
  }

  private static void requireOnes(KerasConfig c, String key, int n) {
    for (int v : c.ints(key, n, new int[n])) {
      if (v > 1) {
        throw new IllegalArgumentException(
            c.where() + ": expected " + key + " 1, got " + c.raw(key));
      }
    }
  }
}
