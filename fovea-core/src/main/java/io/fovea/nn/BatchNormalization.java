package io.fovea.nn;

import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import io.fovea.initializers.Initializers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Normalises each channel over the batch, as Keras's {@code BatchNormalization} (Ioffe and Szegedy
 * 2015).
 *
 * <p>Training ({@code forward(x, true)} on a trainable layer): with the batch mean {@code mu} and
 * biased variance {@code var} of each channel over the batch and every position, {@code y = gamma *
 * (x - mu) / sqrt(var + epsilon) + beta}, and the moving statistics move towards the batch's:
 * {@code moving = moving * momentum + batch * (1 - momentum)} (the biased variance, as Keras 3).
 * Inference, and training of a frozen layer (as Keras 3): {@code y = gamma * (x - moving_mean) /
 * sqrt(moving_variance + epsilon) + beta}. The backward pass in training mode goes through the mean
 * and the variance: {@code dx = gamma / sqrt(var + epsilon) * (dy - mean(dy) - xhat * mean(dy *
 * xhat))}.
 *
 * <p>Input {@code [batch, ..., channels]} of any rank (Dense outputs {@code [batch, units]},
 * convolution outputs {@code [batch, h, w, channels]}), normalised along the last axis; output the
 * same shape. Parameters, in Keras's order: {@code gamma [channels]} (when {@code scale}), {@code
 * beta [channels]} (when {@code center}), both trainable, and {@code moving_mean [channels]},
 * {@code moving_variance [channels]}, not trainable: 32 channels give 128 parameters, 64 of them
 * trainable.
 */
public final class BatchNormalization
    extends ConfiguredLayer<BatchNormalization.Config, BatchNormalization> implements Constrained {

  /**
   * The settings, with Keras's names; {@code name}, {@code inputShape} and the constraints may be
   * null.
   */
  public record Config(
      String name,
      Shape inputShape,
      int axis,
      double momentum,
      double epsilon,
      boolean center,
      boolean scale,
      Initializer betaInitializer,
      Initializer gammaInitializer,
      Initializer movingMeanInitializer,
      Initializer movingVarianceInitializer,
      Constraint betaConstraint,
      Constraint gammaConstraint)
      implements Settings<Config> {

    /** Keras's defaults: axis -1, momentum 0.99, epsilon 1e-3, center and scale. */
    public static Config defaults() {
      return new Config(
          null,
          null,
          -1,
          0.99,
          1e-3,
          true,
          true,
          Initializers.get("zeros"),
          Initializers.get("ones"),
          Initializers.get("zeros"),
          Initializers.get("ones"),
          null,
          null);
    }

    public Config withName(String value) {
      return new Config(
          value,
          inputShape,
          axis,
          momentum,
          epsilon,
          center,
          scale,
          betaInitializer,
          gammaInitializer,
          movingMeanInitializer,
          movingVarianceInitializer,
          betaConstraint,
          gammaConstraint);
    }

    public Config withInputShape(Shape value) {
      return new Config(
          name,
          value,
          axis,
          momentum,
          epsilon,
          center,
          scale,
          betaInitializer,
          gammaInitializer,
          movingMeanInitializer,
          movingVarianceInitializer,
          betaConstraint,
          gammaConstraint);
    }

    /** The normalisation settings at once. */
    public Config withNormalization(
        int newAxis, double newMomentum, double newEpsilon, boolean newCenter, boolean newScale) {
      return new Config(
          name,
          inputShape,
          newAxis,
          newMomentum,
          newEpsilon,
          newCenter,
          newScale,
          betaInitializer,
          gammaInitializer,
          movingMeanInitializer,
          movingVarianceInitializer,
          betaConstraint,
          gammaConstraint);
    }

    /** The four initializers at once, in the order of the record. */
    public Config withInitializers(
        Initializer beta, Initializer gamma, Initializer movingMean, Initializer movingVariance) {
      return new Config(
          name,
          inputShape,
          axis,
          momentum,
          epsilon,
          center,
          scale,
          beta,
          gamma,
          movingMean,
          movingVariance,
          betaConstraint,
          gammaConstraint);
    }

    /** Both constraints at once. */
    public Config withConstraints(Constraint beta, Constraint gamma) {
      return new Config(
          name,
          inputShape,
          axis,
          momentum,
          epsilon,
          center,
          scale,
          betaInitializer,
          gammaInitializer,
          movingMeanInitializer,
          movingVarianceInitializer,
          beta,
          gamma);
    }

    @Override
    public BatchNormalization create() {
      return new BatchNormalization(this);
    }
  }

  private Parameter gamma;
  private Parameter beta;
  private Parameter movingMean;
  private Parameter movingVariance;
  private BatchNormPass pass;

  /** Keras's defaults. */
  public BatchNormalization() {
    this(Config.defaults());
  }

  /** A layer with these settings. */
  public BatchNormalization(Config config) {
    super(config);
  }

  /** The axis to normalise: -1 (the default), or the last axis counted with the batch axis. */
  public BatchNormalization axis(int value) {
    Config c = settings();
    return update(
        "axis", c.withNormalization(value, c.momentum(), c.epsilon(), c.center(), c.scale()));
  }

  /** The weight of the old moving statistics in each update (default 0.99). */
  public BatchNormalization momentum(double value) {
    Config c = settings();
    return update(
        "momentum", c.withNormalization(c.axis(), value, c.epsilon(), c.center(), c.scale()));
  }

  /** Added to the variance before the square root (default 1e-3). */
  public BatchNormalization epsilon(double value) {
    Config c = settings();
    return update(
        "epsilon", c.withNormalization(c.axis(), c.momentum(), value, c.center(), c.scale()));
  }

  /** Whether to add {@code beta} (default true). */
  public BatchNormalization center(boolean value) {
    Config c = settings();
    return update(
        "center", c.withNormalization(c.axis(), c.momentum(), c.epsilon(), value, c.scale()));
  }

  /** Whether to multiply by {@code gamma} (default true). */
  public BatchNormalization scale(boolean value) {
    Config c = settings();
    return update(
        "scale", c.withNormalization(c.axis(), c.momentum(), c.epsilon(), c.center(), value));
  }

  /** The initializer of {@code beta} by Keras name (default {@code zeros}). */
  public BatchNormalization betaInitializer(String value) {
    Config c = settings();
    return update(
        "betaInitializer",
        c.withInitializers(
            Initializers.get(value),
            c.gammaInitializer(),
            c.movingMeanInitializer(),
            c.movingVarianceInitializer()));
  }

  /** The initializer of {@code gamma} by Keras name (default {@code ones}). */
  public BatchNormalization gammaInitializer(String value) {
    Config c = settings();
    return update(
        "gammaInitializer",
        c.withInitializers(
            c.betaInitializer(),
            Initializers.get(value),
            c.movingMeanInitializer(),
            c.movingVarianceInitializer()));
  }

  /** The constraint applied to {@code beta} after each optimizer step. */
  public BatchNormalization betaConstraint(Constraint value) {
    Config c = settings();
    return update("betaConstraint", c.withConstraints(value, c.gammaConstraint()));
  }

  /** The constraint applied to {@code gamma} after each optimizer step. */
  public BatchNormalization gammaConstraint(Constraint value) {
    Config c = settings();
    return update("gammaConstraint", c.withConstraints(c.betaConstraint(), value));
  }

  @Override
  void check(Config c) {
    if (!(c.momentum() >= 0 && c.momentum() <= 1)) {
      throw new IllegalArgumentException(
          where() + ": expected momentum in [0, 1], got " + c.momentum());
    }
    if (!(c.epsilon() > 0)) {
      throw new IllegalArgumentException(
          where() + ": expected a positive epsilon, got " + c.epsilon());
    }
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    int axis = settings().axis();
    if (in.rank() < 1 || (axis != -1 && axis != in.rank())) {
      throw new IllegalArgumentException(
          where()
              + ": expected axis -1 (the last, channels) "
              + "or "
              + in.rank()
              + " for input "
              + in
              + ", got axis "
              + axis
              + ". Only channels-last normalisation is supported");
    }
    return in;
  }

  @Override
  protected void createParameters(Shape in, Rng rng) {
    Config c = settings();
    Shape channels = Shape.of(in.dim(in.rank() - 1));
    if (c.scale()) {
      gamma = addParameter("gamma", c.gammaInitializer().create(channels, rng), true);
    }
    if (c.center()) {
      beta = addParameter("beta", c.betaInitializer().create(channels, rng), true);
    }
    movingMean =
        addParameter("moving_mean", c.movingMeanInitializer().create(channels, rng), false);
    movingVariance =
        addParameter("moving_variance", c.movingVarianceInitializer().create(channels, rng), false);
    pass = new BatchNormPass(channels.size());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    Tensor g = gamma == null ? null : gamma.value();
    Tensor b = beta == null ? null : beta.value();
    float eps = (float) settings().epsilon();
    // Keras 3: a frozen batch normalisation runs in inference mode even in fit().
    if (training && trainable()) {
      return pass.forwardBatch(
          x, g, b, eps, movingMean.value(), movingVariance.value(), (float) settings().momentum());
    }
    return pass.forwardMoving(x, g, b, eps, movingMean.value(), movingVariance.value());
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    return pass.backward(
        where(),
        dy,
        gamma == null ? null : gamma.value(),
        gamma == null ? null : gamma.gradient(),
        beta == null ? null : beta.gradient());
  }

  @Override
  public void applyConstraints() {
    Config c = settings();
    if (c.gammaConstraint() != null && gamma != null) {
      c.gammaConstraint().apply(gamma.value());
    }
    if (c.betaConstraint() != null && beta != null) {
      c.betaConstraint().apply(beta.value());
    }
  }
}
