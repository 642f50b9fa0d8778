package io.fovea.initializers;

import io.fovea.tensor.Shape;

/**
 * The fan-in and fan-out of a weight tensor, computed as Keras computes them: rank 0 gives 1 and 1;
 * rank 1 {@code [n]} gives n and n; rank 2 {@code [in, out]} gives in and out; a convolution kernel
 * {@code [k1, ..., in, out]} gives {@code r * in} and {@code r * out} with the receptive field
 * {@code r = k1 * ... }.
 *
 * @param in the number of inputs each output sums over
 * @param out the number of outputs each input feeds
 */
public record Fans(double in, double out) {

  /** The fans of a weight tensor of {@code shape}. */
  public static Fans of(Shape shape) {
    int rank = shape.rank();
    if (rank == 0) {
      return new Fans(1, 1);
    }
    if (rank == 1) {
      return new Fans(shape.dim(0), shape.dim(0));
    }
    double receptive = 1;
    for (int k = 0; k < rank - 2; k++) {
      receptive *= shape.dim(k);
    }
    return new Fans(receptive * shape.dim(-2), receptive * shape.dim(-1));
  }

  /** {@code (in + out) / 2}, Keras's {@code fan_avg}. */
  public double average() {
    return (in + out) / 2;
  }
}
