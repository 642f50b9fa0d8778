package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.activations.Activations;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Applies an activation function, Keras's {@code Activation}: {@code y = act(x)}, with softmax
 * along the last axis.
 *
 * <p>Input any shape {@code [batch, ...]}; output the same shape; no parameters. Backward {@code dx
 * = dy * act'(x)}. In training mode it keeps its input, which is the logits for {@link
 * ActivatedLayer}.
 */
public class Activation extends ConfiguredLayer<Activation.Config, Activation>
    implements ActivatedLayer {

  /** Keras's {@code Activation} configuration. */
  public record Config(String name, Shape inputShape, ActivationFunction activation)
      implements Settings<Config> {

    /** Replaces a null activation by {@code linear}, as Keras's {@code activation=None}. */
    public Config {
      activation = activation == null ? Activations.get(null) : activation;
    }

    public Config withName(String value) {
      return new Config(value, inputShape, activation);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, activation);
    }

    @Override
    public Activation create() {
      return new Activation(this);
    }
  }

  private final ActivationFunction act;
  private Tensor input;
  private Tensor y;
  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();

  /** {@code Activation("relu")}. */
  public Activation(String activation) {
    this(new Config(null, null, Activations.get(activation)));
  }

  /** A layer with this configuration, unbuilt. */
  public Activation(Config config) {
    super(config);
    this.act = config.activation();
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    return in;
  }

  /**
   * Training writes into the reused buffer and keeps the input and output for backward; inference
   * writes into the thread's own buffer and keeps nothing else (it only drops what a training pass
   * kept).
   */
  @Override
  protected Tensor call(Tensor x, boolean training) {
    Tensor out = output.of(x.shape(), training);
    act.apply(x, out);
    if (training) {
      y = out;
      input = x;
    } else if (input != null) {
      input = null;
    }
    return out;
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    requireTrainingForward("backward");
    Tensor dx = inputGradient.of(y.shape());
    act.backward(input, y, dy, dx);
    return dx;
  }

  private void requireTrainingForward(String what) {
    LayerSupport.requireTrainingForward(this, input, what);
  }

  @Override
  public String activationName() {
    return act.name();
  }

  /** The input of the last training-mode forward pass. */
  @Override
  public Tensor logits() {
    requireTrainingForward("logits()");
    return input;
  }

  /** The gradient with respect to the logits is the one with respect to the input. */
  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    requireTrainingForward("backwardFromLogits");
    return dLogits;
  }
}
