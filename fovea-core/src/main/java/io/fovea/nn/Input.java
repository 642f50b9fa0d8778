package io.fovea.nn;

/**
 * Keras's {@code keras.Input(shape=...)} spelling: {@code model.add(Input.shape(28, 28, 1))} adds
 * an {@link InputLayer}.
 */
public final class Input {

  private Input() {}

  /** An {@link InputLayer} of per-sample shape {@code dims}. */
  public static InputLayer shape(int... dims) {
    return new InputLayer(dims);
  }
}
