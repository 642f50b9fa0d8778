package io.fovea.saving.codec;

import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of {@link LayerCodec}s, by Keras class name (and alias) for reading and by
 * configuration record for writing (the codecs of a record shared by several Keras classes each say
 * which configurations they write, {@link LayerCodec#writes}). It holds Fovea's layers from the
 * start; {@link #register} adds one, so that a new layer type is read and written by every Keras
 * format (.keras, legacy .h5, weights files) with no other change. Class names outside the table
 * are refused: nothing stored in a file is ever executed.
 */
public final class LayerCodecs {

  private static final Map<String, LayerCodec<?>> BY_NAME = new LinkedHashMap<>();
  private static final Map<Class<?>, List<LayerCodec<?>>> BY_CONFIG = new LinkedHashMap<>();

  static {
    BuiltInCodecs.all().forEach(LayerCodecs::register);
  }

  private LayerCodecs() {}

  /**
   * Adds {@code codec} to the table. Registering again a codec for the same configuration record
   * and class name replaces the earlier one (as re-registering a Keras custom object does); another
   * codec of the same record comes first when writing, so it wins for the configurations it {@link
   * LayerCodec#writes}.
   *
   * @throws IllegalArgumentException when a class name or alias is read by a codec of another
   *     configuration record, or the class name is blank
   */
  public static synchronized void register(LayerCodec<?> codec) {
    if (codec.className() == null || codec.className().isBlank()) {
      throw new IllegalArgumentException(
          "LayerCodecs.register: expected a Keras class name, got '" + codec.className() + "'");
    }
    List<String> names = new ArrayList<>();
    names.add(codec.className());
    names.addAll(codec.aliases());
    for (String name : names) {
      LayerCodec<?> other = BY_NAME.get(name);
      if (other != null && other.configType() != codec.configType()) {
        throw new IllegalArgumentException(
            "LayerCodecs.register: expected a class name no other layer uses, got '"
                + name
                + "', already read as "
                + other.configType().getName());
      }
    }
    List<LayerCodec<?>> writers =
        BY_CONFIG.computeIfAbsent(codec.configType(), t -> new ArrayList<>());
    for (LayerCodec<?> previous : List.copyOf(writers)) {
      if (previous.className().equals(codec.className())) {
        writers.remove(previous);
        BY_NAME.values().removeIf(c -> c == previous);
      }
    }
    writers.add(0, codec);
    names.forEach(n -> BY_NAME.put(n, codec));
  }

  /** The Keras class names the table reads and writes, in registration order (no aliases). */
  public static synchronized List<String> supported() {
    // Registration order: the first codec registered for each record leads its group.
    List<String> names = new ArrayList<>();
    for (List<LayerCodec<?>> writers : BY_CONFIG.values()) {
      for (int i = writers.size() - 1; i >= 0; i--) {
        names.add(writers.get(i).className());
      }
    }
    return names;
  }

  /**
   * The layer of Keras class {@code className} that {@code config} describes, named as in the file,
   * not trainable when the file says so, and not yet built.
   *
   * @throws UnsupportedOperationException for a class name outside the table
   */
  public static Layer read(String className, KerasConfig config) {
    LayerCodec<?> codec;
    synchronized (LayerCodecs.class) {
      codec = BY_NAME.get(className);
    }
    if (codec == null) {
      throw unsupported(className, config.string("name", "?"));
    }
    Layer layer = codec.read(config).create();
    String name = config.string("name", null);
    if (name != null) {
      layer.name(name);
    }
    if (!config.flag("trainable", true)) {
      layer.setTrainable(false);
    }
    return layer;
  }

  /**
   * The Keras class name of {@code layer}.
   *
   * @throws IllegalArgumentException for a layer outside the table
   */
  public static String className(Layer layer) {
    return codec(layer).className();
  }

  /**
   * Keras's snake_case of the Keras class name of {@code layer}, the prefix of its key in a Keras 3
   * weights tree ({@code conv2d}, {@code max_pooling2d}); from the Java class name for a layer
   * outside the table.
   */
  public static String snakeCaseName(Layer layer) {
    LayerCodec<?> codec = find(layer.config());
    return codec == null ? layer.defaultNamePrefix() : KerasObjects.snakeCase(codec.className());
  }

  /** The Keras arguments of {@code layer} (see {@link LayerCodec#write}). */
  public static Map<String, Object> write(Layer layer) {
    return new LinkedHashMap<>(writeAs(codec(layer), layer.config()));
  }

  /**
   * The Keras names of the weights of {@code layer}, one per weight, without the layer prefix:
   * {@code kernel}, {@code bias}; {@code param_<i>} for weights the codec does not name (as Keras
   * names unnamed variables), and nothing more for a layer outside the table.
   */
  public static List<String> weightNames(Layer layer) {
    LayerCodec<?> codec = find(layer.config());
    List<String> names = codec == null ? List.of() : namesAs(codec, layer.config());
    int count = layer.getWeights().size();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(i < names.size() ? names.get(i) : "param_" + i);
    }
    return out;
  }

  /** The error for a class Fovea does not have. */
  private static UnsupportedOperationException unsupported(String className, String name) {
    return new UnsupportedOperationException(
        "layer '"
            + name
            + "' of class '"
            + className
            + "' is not supported; nothing stored in a file is ever executed. Supported: "
            + supported());
  }

  /** The codec that writes {@code config}, or null. */
  private static synchronized LayerCodec<?> find(LayerConfig config) {
    for (LayerCodec<?> codec : BY_CONFIG.getOrDefault(config.getClass(), List.of())) {
      if (writesAs(codec, config)) {
        return codec;
      }
    }
    return null;
  }

  private static LayerCodec<?> codec(Layer layer) {
    LayerCodec<?> codec = find(layer.config());
    if (codec == null) {
      throw new IllegalArgumentException(
          "layer '"
              + layer.name()
              + "': expected one of "
              + supported()
              + " to write as Keras, got "
              + layer.config().getClass().getName());
    }
    return codec;
  }

  private static <C extends LayerConfig> Map<String, Object> writeAs(
      LayerCodec<C> codec, LayerConfig config) {
    return codec.write(codec.configType().cast(config));
  }

  private static <C extends LayerConfig> boolean writesAs(LayerCodec<C> codec, LayerConfig config) {
    return codec.writes(codec.configType().cast(config));
  }

  private static <C extends LayerConfig> List<String> namesAs(
      LayerCodec<C> codec, LayerConfig config) {
    return codec.weightNames(codec.configType().cast(config));
  }
}
