package io.fovea.nn;

import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;

/**
 * Declares the per-sample input shape of a model, Keras 3's {@code InputLayer} (made by {@code
 * keras.Input(shape=...)}): {@code model.add(new InputLayer(28, 28, 1))} or {@code
 * model.add(Input.shape(28, 28, 1))}, the same as {@code inputShape(28, 28, 1)} on the first layer.
 *
 * <p>Input and output {@code [batch, ...shape]}, passed through unchanged; no parameters. As in
 * Keras 3, a model's summary and its {@code layers()} leave it out.
 */
public class InputLayer extends ConfiguredLayer<InputLayer.Config, InputLayer> {

  /** Keras's {@code InputLayer} configuration; {@code shape} is per sample. */
  public record Config(String name, Shape shape) implements Settings<Config> {

    /** Checks that there is a shape. */
    public Config {
      if (shape == null) {
        throw new IllegalArgumentException("InputLayer: expected a shape, got null");
      }
    }

    /** The declared input shape is the shape. */
    @Override
    public Shape inputShape() {
      return shape;
    }

    public Config withName(String value) {
      return new Config(value, shape);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value);
    }

    @Override
    public InputLayer create() {
      return new InputLayer(this);
    }
  }

  /** An input of per-sample shape {@code dims}, e.g. {@code 28, 28, 1}. */
  public InputLayer(int... dims) {
    this(new Config(null, Shape.of(dims)));
  }

  /** A layer with this configuration, unbuilt. */
  public InputLayer(Config config) {
    super(config);
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  /** The per-sample shape. */
  public Shape shape() {
    return declaredInputShape();
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    if (!in.equals(declaredInputShape())) {
      throw new ShapeMismatchException(where() + ": input", declaredInputShape(), in);
    }
    return in;
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    return x;
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return dy;
  }
}
