package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.activations.Activations;
import io.fovea.constraints.Constraint;
import io.fovea.constraints.Constraints;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
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
public class Dense extends Layer implements ActivatedLayer, Constrained {

  /** Keras's {@code Dense} configuration. */
  public record Config(
      String name,
      Shape inputShape,
      int units,
      String activation,
      boolean useBias,
      Initializer kernelInitializer,
      Initializer biasInitializer,
      Constraint kernelConstraint,
      Constraint biasConstraint)
      implements LayerConfig {

    /** Checks the settings and stores the activation's canonical name. */
    public Config {
      if (units < 1) {
        throw new IllegalArgumentException("Dense: expected units >= 1, got " + units);
      }
      activation = Activations.get(activation).name();
      if (kernelInitializer == null || biasInitializer == null) {
        throw new IllegalArgumentException("Dense: expected initializers, got null");
      }
    }

    /** Keras's defaults for {@code units}. */
    public Config(int units) {
      this(
          null,
          null,
          units,
          "linear",
          true,
          Initializers.glorotUniform(),
          Initializers.get("zeros"),
          null,
          null);
    }

    @Override
    public Dense create() {
      return new Dense(this);
    }

    Config with(String newName, Shape newInput) {
      return new Config(
          newName,
          newInput,
          units,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    public Config withActivation(String value) {
      return new Config(
          name,
          inputShape,
          units,
          value,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    public Config withUseBias(boolean value) {
      return new Config(
          name,
          inputShape,
          units,
          activation,
          value,
          kernelInitializer,
          biasInitializer,
          kernelConstraint,
          biasConstraint);
    }

    public Config withInitializers(Initializer kernel, Initializer bias) {
      return new Config(
          name,
          inputShape,
          units,
          activation,
          useBias,
          kernel,
          bias,
          kernelConstraint,
          biasConstraint);
    }

    public Config withConstraints(Constraint kernel, Constraint bias) {
      return new Config(
          name,
          inputShape,
          units,
          activation,
          useBias,
          kernelInitializer,
          biasInitializer,
          kernel,
          bias);
    }
  }

  private Config config;
  private ActivationFunction act;
  private Parameter kernel;
  private Parameter bias;
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
    this(new Config(units).withActivation(activation));
  }

  /** A layer with this configuration, unbuilt. */
  public Dense(Config config) {
    this.config = config;
    this.act = Activations.get(config.activation());
    setName(config.name());
    declareInputShape(config.inputShape());
  }

  // ---------------------------------------------------------------- fluent settings

  @Override
  public Dense name(String newName) {
    super.name(newName);
    return this;
  }

  @Override
  public Dense inputShape(int... dims) {
    super.inputShape(dims);
    return this;
  }

  /** The activation by Keras name; null means {@code linear}. */
  public Dense activation(String name) {
    return set("activation", config.withActivation(name));
  }

  public Dense useBias(boolean value) {
    return set("useBias", config.withUseBias(value));
  }

  public Dense kernelInitializer(String name) {
    return kernelInitializer(Initializers.get(name));
  }

  public Dense kernelInitializer(Initializer value) {
    return set("kernelInitializer", config.withInitializers(value, config.biasInitializer()));
  }

  public Dense biasInitializer(String name) {
    return biasInitializer(Initializers.get(name));
  }

  public Dense biasInitializer(Initializer value) {
    return set("biasInitializer", config.withInitializers(config.kernelInitializer(), value));
  }

  /** A constraint on the kernel, e.g. {@code Constraints.maxNorm(3)}; null for none. */
  public Dense kernelConstraint(Constraint value) {
    return set("kernelConstraint", config.withConstraints(value, config.biasConstraint()));
  }

  public Dense kernelConstraint(String name) {
    return kernelConstraint(Constraints.get(name));
  }

  public Dense biasConstraint(Constraint value) {
    return set("biasConstraint", config.withConstraints(config.kernelConstraint(), value));
  }

  public Dense biasConstraint(String name) {
    return biasConstraint(Constraints.get(name));
  }

  private Dense set(String setter, Config next) {
    requireUnbuilt(setter);
    this.config = next;
    this.act = Activations.get(next.activation());
    return this;
  }

  /** The number of output units. */
  public int units() {
    return config.units();
  }

  @Override
  public Config config() {
    return config.with(name(), declaredInputShape());
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
    return in.with(-1, config.units());
  }

  @Override
  protected void createParameters(Shape in, Rng rng) {
    Shape kernelShape = Shape.of(in.dim(-1), config.units());
    kernel = addParameter("kernel", config.kernelInitializer().create(kernelShape, rng), true);
    if (config.useBias()) {
      Tensor b = config.biasInitializer().create(Shape.of(config.units()), rng);
      bias = addParameter("bias", b, true);
    }
  }

  // ---------------------------------------------------------------- running

  /** Whether the logits live in their own buffer (activations the kernels do not fuse). */
  private boolean separateLogits() {
    FusedActivation k = act.fused();
    return k == null || k == FusedActivation.SIGMOID;
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    Shape outShape = Buffer.withBatch(x.shape().dim(0), outputShape());
    y = output.of(outShape);
    z = separateLogits() ? logitsBuffer.of(outShape) : null;
    Tensor logits = z != null ? z : y;
    Ops.matmul(x, kernel.value(), logits);
    FusedActivation fused = separateLogits() ? FusedActivation.LINEAR : act.fused();
    Ops.biasActivation(logits, bias == null ? null : bias.value(), fused, logits);
    if (logits != y) {
      act.apply(logits, y);
    }
    input = training ? x : null;
    return y;
  }

  @Override
  protected Tensor gradient(Tensor dyIn) {
    requireTrainingForward("backward");
    Tensor dz = logitsGradient.of(y.shape());
    if (separateLogits()) {
      act.backward(z, y, dyIn, dz);
    } else {
      Ops.activationBackward(act.fused(), y, dyIn, dz);
    }
    return fromLogits(dz);
  }

  /** The backward pass below the activation. */
  private Tensor fromLogits(Tensor dLogits) {
    if (trainable()) {
      Ops.matmulTransposeA(input, dLogits, kernel.gradient(), true);
      if (bias != null) {
        Ops.biasGradient(dLogits, bias.gradient());
      }
    }
    return Ops.matmulTransposeB(dLogits, kernel.value(), inputGradient.of(input.shape()), false);
  }

  private void requireTrainingForward(String what) {
    LayerSupport.requireTrainingForward(this, input, what);
  }

  // ---------------------------------------------------------------- ActivatedLayer, Constrained

  @Override
  public String activationName() {
    return config.activation();
  }

  /** The logits {@code x W + b}; kept for every activation except the fused relu and tanh. */
  @Override
  public Tensor logits() {
    requireTrainingForward("logits()");
    if (act.fused() == FusedActivation.LINEAR) {
      return y;
    }
    if (!separateLogits()) {
      throw new IllegalStateException(
          where()
              + ": expected an activation whose logits are kept"
              + " (sigmoid, softmax, linear, ...), got '"
              + act.name()
              + "', fused with the bias");
    }
    return z;
  }

  @Override
  public Tensor backwardFromLogits(Tensor dLogits) {
    requireTrainingForward("backwardFromLogits");
    if (!dLogits.shape().equals(y.shape())) {
      throw new io.fovea.tensor.ShapeMismatchException(
          where() + ": logits gradient", y.shape(), dLogits.shape());
    }
    return fromLogits(dLogits);
  }

  @Override
  public void applyConstraints() {
    if (!trainable() || !built()) {
      return;
    }
    if (config.kernelConstraint() != null) {
      config.kernelConstraint().apply(kernel.value());
    }
    if (bias != null && config.biasConstraint() != null) {
      config.biasConstraint().apply(bias.value());
    }
  }
}
