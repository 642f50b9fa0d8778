package io.fovea.nn;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Inverted dropout, Keras's {@code Dropout(rate)}: in training mode each value is kept with
 * probability {@code 1 - rate} and scaled by {@code 1 / (1 - rate)}, else set to 0, so the expected
 * value is unchanged; in inference mode the input passes through untouched.
 *
 * <p>Input and output any shape {@code [batch, ...]}; no parameters. Backward {@code dx = dy *
 * mask} with the same mask. The masks come from the {@link Rng} the layer is built with (the
 * model's seed) or from its own {@code seed}. Reference: Srivastava et al. 2014.
 */
public class Dropout extends Layer {

  /**
   * Keras's {@code Dropout} configuration.
   *
   * @param rate the fraction of values dropped, in [0, 1)
   * @param seed the seed of the masks, or null to draw from the model's seed
   */
  public record Config(String name, Shape inputShape, double rate, Long seed)
      implements LayerConfig {

    /** Checks the rate. */
    public Config {
      if (!(rate >= 0 && rate < 1)) {
        throw new IllegalArgumentException("Dropout: expected a rate in [0, 1), got " + rate);
      }
    }

    @Override
    public Dropout create() {
      return new Dropout(this);
    }
  }

  private Config config;
  private Rng rng;
  private Tensor mask;
  private final Buffer masks = new Buffer();
  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private boolean masked;

  /** {@code Dropout(rate)}. */
  public Dropout(double rate) {
    this(new Config(null, null, rate, null));
  }

  /** A layer with this configuration, unbuilt. */
  public Dropout(Config config) {
    this.config = config;
    setName(config.name());
    declareInputShape(config.inputShape());
  }

  @Override
  public Dropout name(String newName) {
    super.name(newName);
    return this;
  }

  @Override
  public Dropout inputShape(int... dims) {
    super.inputShape(dims);
    return this;
  }

  /** Draws the masks from their own seed rather than the model's. */
  public Dropout seed(long value) {
    requireUnbuilt("seed");
    config = new Config(config.name(), config.inputShape(), config.rate(), value);
    return this;
  }

  /** The fraction of values dropped in training. */
  public double rate() {
    return config.rate();
  }

  @Override
  public Config config() {
    return new Config(name(), declaredInputShape(), config.rate(), config.seed());
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    return in;
  }

  @Override
  protected void createParameters(Shape in, Rng modelRng) {
    rng = config.seed() == null ? modelRng.split() : new Rng(config.seed());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    masked = training && config.rate() > 0;
    if (!masked) {
      return x;
    }
    mask = masks.of(x.shape());
    Tensor y = output.of(x.shape());
    drawMask();
    return Ops.mul(x, mask, y);
  }

  private void drawMask() {
    double rate = config.rate();
    float scale = (float) (1 / (1 - rate));
    // Keras keeps a value when its uniform draw is >= rate; one draw per value, in order.
    mask.mapInPlace(v -> rng.nextDouble() >= rate ? scale : 0f);
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    if (!masked) {
      return dy;
    }
    Tensor dx = inputGradient.of(dy.shape());
    return Ops.mul(dy, mask, dx);
  }
}
