package io.fovea.nn;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Adds rows and columns of zeros around images, Keras's {@code ZeroPadding2D}: {@code padding=1}
 * (the default), {@code (h, w)} symmetric, or {@code ((top, bottom), (left, right))}.
 *
 * <p>Input {@code [batch, h, w, c]}; output {@code [batch, top + h + bottom, left + w + right, c]};
 * no parameters. Backward crops the gradient back to the input's window. The output buffer (the
 * layer's in training, the thread's own in inference) is zeroed and filled on every call.
 */
public class ZeroPadding2D extends ConfiguredLayer<ZeroPadding2D.Config, ZeroPadding2D> {

  /** Keras's {@code ZeroPadding2D} configuration, in rows and columns of zeros. */
  public record Config(String name, Shape inputShape, int top, int bottom, int left, int right)
      implements Settings<Config> {

    /** Checks that no padding is negative. */
    public Config {
      if (top < 0 || bottom < 0 || left < 0 || right < 0) {
        throw new IllegalArgumentException(
            "ZeroPadding2D: expected padding >= 0, got (("
                + top
                + ", "
                + bottom
                + "), ("
                + left
                + ", "
                + right
                + "))");
      }
    }

    public Config withName(String value) {
      return new Config(value, inputShape, top, bottom, left, right);
    }

    public Config withInputShape(Shape value) {
      return new Config(name, value, top, bottom, left, right);
    }

    @Override
    public ZeroPadding2D create() {
      return new ZeroPadding2D(this);
    }
  }

  private final Buffer output = new Buffer();
  private final Buffer inputGradient = new Buffer();

  /** One row and column of zeros on every side, Keras's default. */
  public ZeroPadding2D() {
    this(1);
  }

  /** {@code padding} rows and columns on every side. */
  public ZeroPadding2D(int padding) {
    this(padding, padding);
  }

  /** {@code (h, w)}: {@code h} rows above and below, {@code w} columns left and right. */
  public ZeroPadding2D(int h, int w) {
    this(h, h, w, w);
  }

  /** {@code ((top, bottom), (left, right))}. */
  public ZeroPadding2D(int top, int bottom, int left, int right) {
    this(new Config(null, null, top, bottom, left, right));
  }

  /** A layer with this configuration, unbuilt. */
  public ZeroPadding2D(Config config) {
    super(config);
  }

  @Override
  void check(Config next) {
    // The record checks itself; the input shape is checked when built.
  }

  @Override
  public Shape computeOutputShape(Shape in) {
    if (in.rank() != 3) {
      throw new IllegalArgumentException(
          where()
              + ": expected input of rank 3 per sample "
              + "(height, width, channels), got "
              + in
              + (in.rank() == 2
                  ? ". Add the channel axis: inputShape(" + in.dim(0) + ", " + in.dim(1) + ", 1)"
                  : ""));
    }
    return Shape.of(
        in.dim(0) + settings().top() + settings().bottom(),
        in.dim(1) + settings().left() + settings().right(),
        in.dim(2));
  }

  @Override
  protected Tensor call(Tensor x, boolean training) {
    Tensor y = output.of(Buffer.withBatch(x.shape().dim(0), outputShape()), training);
    return Ops.zeroPad2d(x, settings().top(), settings().left(), y);
  }

  @Override
  protected Tensor gradient(Tensor dy) {
    Tensor dx = inputGradient.of(Buffer.withBatch(dy.shape().dim(0), inputShape()));
    return Ops.crop2d(dy, settings().top(), settings().left(), dx);
  }
}
