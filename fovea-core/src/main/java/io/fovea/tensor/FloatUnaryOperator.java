package io.fovea.tensor;

/** A function from one float to another, for {@link Tensor#map}: {@code y = f(x)}. */
@FunctionalInterface
public interface FloatUnaryOperator {

  /** The value for {@code x}. */
  float apply(float x);
}
