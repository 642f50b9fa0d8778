package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;

/**
 * A fully connected layer, Keras's {@code Dense}: {@code y = act(x W + b)} on the last axis.
 *
 * <p>Input {@code [batch, ..., in]} (any rank >= 1 per sample: the leading axes are treated as more
 * rows); kernel {@code W [in, units]}, bias {@code b [units]}; output {@code [batch, ..., units]}.
 * Defaults as Keras: no activation ({@code linear}), a bias, {@code glorot_uniform} kernel, {@code
 * zeros} bias. Parameters: {@code in * units + units}, e.g. 784 to 512 gives 401,920.
 *
 * <p>{@code linear}, {@code relu} and {@code tanh} run fused with the bias add; other activations
 * keep the logits {@code x W + b} in training mode. Backward: {@code dW += x^T dz}, {@code db +=
 * sum(dz)}, {@code dx = dz W^T} with {@code dz = dy * act'}.
 */
public class Dense extends WeightedLayer<Dense.Config, Dense> {

  /**
   * Keras's {@code Dense} configuration: {@code units} and the {@link WeightSettings}; {@code name}
   * and {@code inputShape} may be null.
   */
  public record Config(String name, Shape inputShape, int units, WeightSettings weights)
      implements Settings<Config> {

    /** Checks the settings. */
    public Config {
      if (units < 1) {
        throw new IllegalArgumentException("Dense: expected units >= 1, got " + units);
      }
      if (weights == null
          || weights.kernelInitializer() == null
          || weights.biasInitializer() == null) {
        throw new IllegalArgumentException("Dense: expected initializers, got null");
      }
    }

    /** Keras's defaults for {@code units}. */
    public Config(int units) {
      this(null, null, units, WeightSettings.defaults());
    }

    @Override
    public Dense create() {
      return new Dense(this);
    }

    public Config withName(String value) {
      return new Config(value, inputShape, units, weights);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, units, weights);
    }

    public Config withWeights(WeightSettings value) {
      return new Config(name, inputShape, units, value);
    }
  }

  private final Buffer logitsBuffer = new Buffer();
  private final Buffer output = new Buffer();
  private final Buffer logitsGradient = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private Tensor z;
  private Tensor y;
  private Tensor input;

  /** {@code Dense(units)} with no activation. */
  public Dense(int units) {
    this(new Config(units));
  }

  /** {@code Dense(units, activation=...)}, e.g. {@code new Dense(10, "softmax")}. */
  public Dense(int units, String activation) {
    this(new Config(units).withWeights(WeightSettings.defaults().withActivation(activation)));
  }

  /** A layer with this configuration, unbuilt. */
  public Dense(Config config) {
    super(config);
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  /** The number of output units. */
  public int units() {
    return settings().units();
  }

  @Override
  int outputs() {
    return units();
  }

  // ---------------------------------------------------------------- building

  @Override
  public Shape computeOutputShape(Shape in) {
    if (in.rank() < 1) {
      throw new IllegalArgumentException(
          where()
              + ": expected input of rank >= 1 per sample "
              + "(..., features), got "
              + in
              + ". Give the number of features: inputShape(n)");
    }
    return in.with(-1, units());
  }

  @Override
  Shape kernelShape(Shape in) {
    return Shape.of(in.dim(-1), units());
  }

  // ---------------------------------------------------------------- running

  private ActivationFunction act() {
    return weights().activation();
  }

  /** Whether the logits live in their own buffer (activations the kernels do not fuse). */
  private boolean separateLogits() {
    FusedActivation k = act().fused();
    return k == null || k == FusedActivation.SIGMOID;
  }

  /**
   * Training writes into the reused buffers and keeps {@code x}, the logits and the output for
   * backward; inference writes into the thread's own buffers and keeps nothing else (it only drops
   * what a training pass kept), so that threads may share the layer.
   */
  @Override
  protected Tensor call(Tensor x, boolean training) {
    Shape outShape = Buffer.withBatch(x.shape().dim(0), outputShape());
    Tensor out = output.of(outShape, training);
    Tensor logits = separateLogits() ? logitsBuffer.of(outShape, training) : out;
    Ops.matmul(x, kernel().value(), logits);
    FusedActivation fused = separateLogits() ? FusedActivation.LINEAR : act().fused();
    Ops.biasActivation(logits, bias() == null ? null : bias().value(), fused, logits);
    if (logits != out) {
      act().apply(logits, out);
    }
    if (training) {
      y = out;
      z = logits != out ? logits : null;
      input = x;
    } else if (input != null) {
      input = null;
    }
    return out;
  }

  @Override
  protected Tensor gradient(Tensor dyIn) {
    requireTrainingForward("backward");
    Tensor dz = logitsGradient.of(y.shape());
    if (separateLogits()) {
      act().backward(z, y, dyIn, dz);
    } else {
      Ops.activationBackward(act().fused(), y, dyIn, dz);
    }
    return fromLogits(dz);
  }

  /** The backward pass below the activation. */
  private Tensor fromLogits(Tensor dLogits) {
    if (trainable()) {
      Ops.matmulTransposeA(input, dLogits, kernel().gradient(), true);
      if (bias() != null) {
        Ops.biasGradient(dLogits, bias().gradient());
      }
    }
    return Ops.matmulTransposeB(dLogits, kernel().value(), inputGradient.of(input.shape()), false);
  }

  private void requireTrainingForward(String what) {
    LayerSupport.requireTrainingForward(this, input, what);
  }

  // ---------------------------------------------------------------- ActivatedLayer

  /** The logits {@code x W + b}; kept for every activation except the fused relu and tanh. */
  @Override
  public Tensor logits() {
    requireTrainingForward("logits()");
    if (act().fused() == FusedActivation.LINEAR) {
      return y;
    }
    if (!separateLogits()) {
      throw new IllegalStateException(
          where()
              + ": expected an activation whose logits are kept"
              + " (sigmoid, softmax, linear, ...), got '"
              + act().name()
              + "', fused with the bias");
    }
    return z;
  }

  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    requireTrainingForward("backwardFromLogits");
    if (!dLogits.shape().equals(y.shape())) {
      throw new ShapeMismatchException(where() + ": logits gradient", y.shape(), dLogits.shape());
    }
    return fromLogits(dLogits);
  }
}
