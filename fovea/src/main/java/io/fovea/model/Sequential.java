package io.fovea.model;

import io.fovea.nn.Layer;

/**
 * A linear stack of layers (Keras's {@code Sequential}). Skeleton: the models work fills it in.
 */
public final class Sequential {

  /** Appends a layer. */
  public Sequential add(Layer layer) {
    throw new UnsupportedOperationException("Sequential.add is being written");
  }
}
