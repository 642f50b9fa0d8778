package io.fovea.model;

import io.fovea.activations.ActivationFunction;
import io.fovea.activations.Activations;
import io.fovea.initializers.Initializers;
import io.fovea.nn.ActivatedLayer;
import io.fovea.nn.Layer;
import io.fovea.nn.LayerConfig;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;

/** A plain dense layer for the model tests, independent of the real {@code Dense}. */
final class TestDense extends Layer implements ActivatedLayer {

  record Config(String name, int units, String activation) implements LayerConfig {
    @Override
    public Layer create() {
      return new TestDense(units, activation);
    }
  }

  private final int units;
  private final ActivationFunction activation;
  private Parameter kernel;
  private Parameter bias;
  private Tensor x;
  private Tensor z;
  private Tensor y;

  TestDense(int units, String activation) {
    this.units = units;
    this.activation = Activations.get(activation);
  }

  @Override
  public String typeName() {
    return "Dense";
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    if (in.rank() != 1) {
      throw new ShapeMismatchException(where() + ": input per sample", Shape.of(-1 >>> 1), in);
    }
    return Shape.of(units);
  }

  @Override
  protected void createParameters(Shape in, Rng rng) {
    kernel =
        addParameter(
            "kernel",
            Initializers.get("glorot_uniform").create(Shape.of(in.dim(0), units), rng),
            true);
    bias = addParameter("bias", Tensor.zeros(units), true);
  }

  @Override
  protected Tensor call(Tensor input, boolean training) {
    int n = input.shape().dim(0);
    Tensor logits = input.matmul(kernel.value());
    for (int i = 0; i < n; i++) {
      logits.index(i).addInPlace(bias.value());
    }
    Tensor out = Tensor.zeros(logits.shape());
    activation.apply(logits, out);
    if (training) {
      x = input.copy();
      z = logits;
      y = out;
    }
    return out;
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    Tensor dz = Tensor.zeros(dy.shape());
    activation.backward(z, y, dy, dz);
    return backwardFromLogits(dz);
  }

  @Override
  public String activationName() {
    return activation.name();
  }

  @Override
  public Tensor logits() {
    return z;
  }

  @Override
  public Tensor backwardFromLogits(Tensor dz) {
    kernel.gradient().addInPlace(x.transpose().matmul(dz));
    bias.gradient().addInPlace(dz.sum(0));
    return dz.matmul(kernel.value().transpose());
  }

  @Override
  public LayerConfig config() {
    return new Config(name(), units, activation.name());
  }
}
