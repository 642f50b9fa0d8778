package io.fovea.nn;

/**
 * The configuration of a layer, Keras's {@code get_config}: everything needed to make the same
 * layer again, and what the Keras JSON config maps to.
 *
 * <p>Each layer type has a {@code Config} record implementing this; {@code layer.config().create()}
 * is an unbuilt copy of the layer (same settings, fresh weights).
 */
public interface LayerConfig {

  /** The layer's name, or null to let the model name it. */
  String name();

  /** A new, unbuilt layer with this configuration. */
  Layer create();
}
