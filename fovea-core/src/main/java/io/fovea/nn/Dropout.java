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
public class Dropout extends ConfiguredLayer<Dropout.Config, Dropout> {

  /**
   * Keras's {@code Dropout} configuration.
   *
   * @param rate the fraction of values dropped, in [0, 1)
   * @param seed the seed of the masks, or null to draw from the model's seed
   */
  public record Config(String name, Shape inputShape, double rate, Long seed)
      implements Settings<Config> {

    /** Checks the rate. */
    public Config {
      if (!(rate >= 0 && rate < 1)) {
        throw new IllegalArgumentException("Dropout: expected a rate in [0, 1), got " + rate);
      }
    }

    public Config withName(String value) {
      return new Config(value, inputShape, rate, seed);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, rate, seed);
    }

    public Config withSeed(Long value) {
      return new Config(name, inputShape, rate, value);
    }

    @Override
    public Dropout create() {
      return new Dropout(this);
    }
  }

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
    super(config);
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  /** Draws the masks from their own seed rather than the model's. */
  public Dropout seed(long value) {
    return update("seed", settings().withSeed(value));
  }

  /** The fraction of values dropped in training. */
  public double rate() {
    return settings().rate();
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    return in;
  }

  @Override
  protected void createParameters(Shape in, Rng modelRng) {
    rng = settings().seed() == null ? modelRng.split() : new Rng(settings().seed());
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    if (!training || settings().rate() == 0) {
      // Inference passes x through and writes no field unless a training pass left a mask.
      if (masked) {
        masked = false;
      }
      return x;
    }
    masked = true;
    mask = masks.of(x.shape());
    Tensor y = output.of(x.shape());
    drawMask();
    return Ops.mul(x, mask, y);
  }

  private void drawMask() {
    double rate = settings().rate();
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
