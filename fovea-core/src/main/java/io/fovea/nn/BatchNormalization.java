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
   * The settings, with Keras's names: the {@link Statistics} ({@code axis}, {@code momentum},
   * {@code epsilon}, the moving statistics' initializers) and the two learned terms, {@code gamma}
   * (Keras's {@code scale}) and {@code beta} ({@code center}); {@code name} and {@code inputShape}
   * may be null.
   */
  public record Config(
      String name, Shape inputShape, Statistics statistics, Affine gamma, Affine beta)
      implements Settings<Config> {

    /** Keras's defaults: axis -1, momentum 0.99, epsilon 1e-3, center and scale. */
    public static Config defaults() {
      return new Config(
          null,
          null,
          Statistics.defaults(),
          new Affine(true, Initializers.get("ones"), null),
          new Affine(true, Initializers.get("zeros"), null));
    }

    public Config withName(String value) {
      return new Config(value, inputShape, statistics, gamma, beta);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, statistics, gamma, beta);
    }

    public Config withStatistics(Statistics value) {
      return new Config(name, inputShape, value, gamma, beta);
    }

    public Config withGamma(Affine value) {
      return new Config(name, inputShape, statistics, value, beta);
    }

    public Config withBeta(Affine value) {
      return new Config(name, inputShape, statistics, gamma, value);
    }

    @Override
    public BatchNormalization create() {
      return new BatchNormalization(this);
    }
  }

  /**
   * How the statistics are taken and kept: the normalised {@code axis}, the {@code momentum} of the
   * moving statistics, the {@code epsilon} added to the variance, and the initializers of {@code
   * moving_mean} and {@code moving_variance}.
   */
  public record Statistics(
      int axis,
      double momentum,
      double epsilon,
      Initializer movingMeanInitializer,
      Initializer movingVarianceInitializer) {

    /** Keras's defaults: axis -1, momentum 0.99, epsilon 1e-3, zeros and ones. */
    public static Statistics defaults() {
      return new Statistics(-1, 0.99, 1e-3, Initializers.get("zeros"), Initializers.get("ones"));
    }

    public Statistics withAxis(int value) {
      return new Statistics(
          value, momentum, epsilon, movingMeanInitializer, movingVarianceInitializer);
    }

    public Statistics withMomentum(double value) {
      return new Statistics(axis, value, epsilon, movingMeanInitializer, movingVarianceInitializer);
    }

    public Statistics withEpsilon(double value) {
      return new Statistics(
          axis, momentum, value, movingMeanInitializer, movingVarianceInitializer);
    }
  }

  /**
   * One learned term, {@code gamma} or {@code beta}: whether the layer has it (Keras's {@code
   * scale} or {@code center}), its initializer and its constraint (null for none). Regularisers are
   * not supported yet.
   */
  public record Affine(boolean enabled, Initializer initializer, Constraint constraint) {

    public Affine withEnabled(boolean value) {
      return new Affine(value, initializer, constraint);
    }

    public Affine withInitializer(Initializer value) {
      return new Affine(enabled, value, constraint);
    }

    public Affine withConstraint(Constraint value) {
      return new Affine(enabled, initializer, value);
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

  private BatchNormalization statistics(String setter, Statistics next) {
    return update(setter, settings().withStatistics(next));
  }

  /** The axis to normalise: -1 (the default), or the last axis counted with the batch axis. */
  public BatchNormalization axis(int value) {
    return statistics("axis", settings().statistics().withAxis(value));
  }

  /** The weight of the old moving statistics in each update (default 0.99). */
  public BatchNormalization momentum(double value) {
    return statistics("momentum", settings().statistics().withMomentum(value));
  }

  /** Added to the variance before the square root (default 1e-3). */
  public BatchNormalization epsilon(double value) {
    return statistics("epsilon", settings().statistics().withEpsilon(value));
  }

  /** Whether to add {@code beta} (default true). */
  public BatchNormalization center(boolean value) {
    return update("center", settings().withBeta(settings().beta().withEnabled(value)));
  }

  /** Whether to multiply by {@code gamma} (default true). */
  public BatchNormalization scale(boolean value) {
    return update("scale", settings().withGamma(settings().gamma().withEnabled(value)));
  }

  /** The initializer of {@code beta} by Keras name (default {@code zeros}). */
  public BatchNormalization betaInitializer(String value) {
    Affine next = settings().beta().withInitializer(Initializers.get(value));
    return update("betaInitializer", settings().withBeta(next));
  }

  /** The initializer of {@code gamma} by Keras name (default {@code ones}). */
  public BatchNormalization gammaInitializer(String value) {
    Affine next = settings().gamma().withInitializer(Initializers.get(value));
    return update("gammaInitializer", settings().withGamma(next));
  }

  /** The constraint applied to {@code beta} after each optimizer step. */
  public BatchNormalization betaConstraint(Constraint value) {
    return update("betaConstraint", settings().withBeta(settings().beta().withConstraint(value)));
  }

  /** The constraint applied to {@code gamma} after each optimizer step. */
  public BatchNormalization gammaConstraint(Constraint value) {
    return update(
        "gammaConstraint", settings().withGamma(settings().gamma().withConstraint(value)));
  }

  @Override
  void check(Config next) {
    Statistics c = next.statistics();
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
    int axis = settings().statistics().axis();
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
    Statistics c = settings().statistics();
    Shape channels = Shape.of(in.dim(in.rank() - 1));
    if (settings().gamma().enabled()) {
      gamma = addParameter("gamma", settings().gamma().initializer().create(channels, rng), true);
    }
    if (settings().beta().enabled()) {
      beta = addParameter("beta", settings().beta().initializer().create(channels, rng), true);
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
    Statistics s = settings().statistics();
    float eps = (float) s.epsilon();
    // Keras 3: a frozen batch normalisation runs in inference mode even in fit().
    if (training && trainable()) {
      return pass.forwardBatch(
          x, g, b, eps, movingMean.value(), movingVariance.value(), (float) s.momentum());
    }
    if (training) {
      return pass.forwardMoving(x, g, b, eps, movingMean.value(), movingVariance.value());
    }
    return pass.forwardInference(x, g, b, eps, movingMean.value(), movingVariance.value());
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
    Constraint g = settings().gamma().constraint();
    if (g != null && gamma != null) {
      g.apply(gamma.value());
    }
    Constraint b = settings().beta().constraint();
    if (b != null && beta != null) {
      b.apply(beta.value());
    }
  }
}
