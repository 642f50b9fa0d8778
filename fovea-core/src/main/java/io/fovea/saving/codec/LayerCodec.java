package io.fovea.saving.codec;

import io.fovea.nn.LayerConfig;
import java.util.List;
import java.util.Map;

/**
 * The Keras serialisation of one layer type: reads the layer's {@code config} object of a Keras
 * file (Keras 3 and legacy spellings) into its {@link LayerConfig} record, writes the record back
 * as Keras's arguments, and names the layer's weights. Register one with {@link
 * LayerCodecs#register}; nothing else needs to know the layer.
 *
 * <pre>{@code
 * {"class_name": className(), "config": {"name": ..., "trainable": ..., "dtype": ..., write(c)...}}
 * }</pre>
 *
 * @param <C> the configuration record of the layer
 */
public interface LayerCodec<C extends LayerConfig> {

  /** The Keras class name written to files, e.g. {@code "Conv2D"}. */
  String className();

  /** Other class names Keras has used for the layer ({@code "Convolution2D"}); read only. */
  default List<String> aliases() {
    return List.of();
  }

  /** The configuration record this codec reads and writes. */
  Class<C> configType();

  /**
   * Whether this codec writes {@code config}: true unless the record is shared by several Keras
   * classes (the two poolings share one record and tell each other apart by its {@code mode}).
   */
  default boolean writes(C config) {
    return true;
  }

  /**
   * The configuration {@code config} describes, with name and input shape left null (the table
   * names the layer). Unknown keys are ignored; settings the layer cannot honour are refused with
   * an {@link IllegalArgumentException} naming {@link KerasConfig#where()}.
   */
  C read(KerasConfig config);

  /**
   * The layer's arguments under Keras's names and in Keras's key order, without {@code name},
   * {@code trainable} and {@code dtype} (which the table writes first).
   */
  Map<String, Object> write(C config);

  /**
   * The names of the weights of a layer with {@code config}, in Keras's order (trainable, then
   * non-trainable), without the layer prefix or {@code :0}: Dense's {@code kernel, bias}.
   */
  default List<String> weightNames(C config) {
    return List.of();
  }
}
