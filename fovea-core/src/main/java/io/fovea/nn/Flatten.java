package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Flattens each sample to one axis, Keras's {@code Flatten}: {@code [batch, d1, ..., dk]} to {@code
 * [batch, d1 * ... * dk]} in row-major (channels-last) order, so {@code [h, w, c]} becomes index
 * {@code (i * w + j) * c + k}. No parameters. Forward and backward are views of the same values
 * (nothing is copied).
 */
public class Flatten extends ConfiguredLayer<Flatten.Config, Flatten> {

  /** Keras's {@code Flatten} configuration. */
  public record Config(String name, Shape inputShape) implements Settings<Config> {
    public Config withName(String value) {
      return new Config(value, inputShape);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value);
    }

    @Override
    public Flatten create() {
      return new Flatten(this);
    }
  }

  /** {@code Flatten()}. */
  public Flatten() {
    this(new Config(null, null));
  }

  /** A layer with this configuration, unbuilt. */
  public Flatten(Config config) {
    super(config);
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    return Shape.of(in.size());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    return x.reshape(x.shape().dim(0), outputShape().dim(0));
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return dy.reshape(Buffer.withBatch(dy.shape().dim(0), inputShape()).dims());
  }
}
