package io.fovea.nn;

import io.fovea.tensor.Padding;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * Checks and buffer handling shared by the layers of this package: the messages say where the
 * problem is, what was expected and what was given; buffers are reused while the shape stays the
 * same, so a steady training step allocates nothing.
 */
final class LayerSupport {

  private LayerSupport() {}

  /**
   * Requires a per-sample image {@code [height, width, channels]}, as Keras's {@code
   * input_spec(ndim=4)}.
   */
  static void requireImage(Layer layer, Shape in) {
    if (in.rank() == 3) {
      return;
    }
    String hint = "";
    if (in.rank() == 2) {
      hint = ". Add the channel axis: inputShape(" + in.dim(0) + ", " + in.dim(1) + ", 1)";
    }
    throw new IllegalArgumentException(
        layer.where()
            + ": expected input of rank 3 per sample "
            + "(height, width, channels), got "
            + in
            + hint
            + ".");
  }

  /**
   * Requires a per-sample sequence {@code [steps, channels]}, as Keras's {@code
   * input_spec(ndim=3)}.
   */
  static void requireSequence(Layer layer, Shape in) {
    if (in.rank() == 2) {
      return;
    }
    String hint = "";
    if (in.rank() == 1) {
      hint = ". Add the channel axis: inputShape(" + in.dim(0) + ", 1)";
    }
    throw new IllegalArgumentException(
        layer.where()
            + ": expected input of rank 2 per sample "
            + "(steps, channels), got "
            + in
            + hint
            + ".");
  }

  /**
   * The output length along one axis, or an error naming the layer and the input shape when a
   * {@code valid} window does not fit.
   */
  static int outputLength(
      Layer layer,
      Shape in,
      String noun,
      String window,
      int inLength,
      int size,
      int stride,
      Padding padding) {
    if (padding == Padding.VALID && size > inLength) {
      throw new IllegalArgumentException(
          layer.where()
              + ": expected input of at least "
              + window
              + " for a "
              + window
              + " "
              + noun
              + " with padding 'valid', got "
              + in
              + ". Use padding 'same', a smaller "
              + noun
              + " or a larger input.");
    }
    return padding.outputLength(inLength, size, stride);
  }

  /**
   * The output size {@code [outH, outW]} of {@code window} over the image {@code in}, or an error
   * naming the layer when a {@code valid} window does not fit; {@code noun} is {@code kernel} or
   * {@code window}.
   */
  static Shape outputSize(Layer layer, Shape in, String noun, Window2D w) {
    String size = window(w.height(), w.width());
    int outH =
        outputLength(layer, in, noun, size, in.dim(0), w.height(), w.strideHeight(), w.padding());
    int outW =
        outputLength(layer, in, noun, size, in.dim(1), w.width(), w.strideWidth(), w.padding());
    return Shape.of(outH, outW);
  }

  /** The kernels' sliding window of {@code w} over the image {@code in}. */
  static SlidingWindow sliding(Window2D w, Shape in) {
    return SlidingWindow.of(
        w.height(),
        w.width(),
        w.strideHeight(),
        w.strideWidth(),
        w.padding(),
        in.dim(0),
        in.dim(1));
  }

  /** Parses a Keras padding name, naming the layer in the error. */
  static Padding padding(Layer layer, String name, boolean causalAllowed) {
    if (causalAllowed && "causal".equals(name)) {
      return Padding.VALID;
    }
    try {
      return Padding.of(name);
    } catch (IllegalArgumentException e) {
      String allowed = causalAllowed ? "'valid', 'same' or 'causal'" : "'valid' or 'same'";
      throw new IllegalArgumentException(
          layer.where() + ": expected padding " + allowed + ", got '" + name + "'", e);
    }
  }

  /** Requires {@code value >= 1} for the setting {@code what}. */
  static int positive(Layer layer, String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          layer.where() + ": expected a positive " + what + ", got " + value);
    }
    return value;
  }

  /**
   * Throws unless the last forward pass ran in training mode, which left {@code kept} (the input it
   * keeps for backward) non-null; {@code what} names the call that needs it.
   */
  static void requireTrainingForward(Layer layer, Tensor kept, String what) {
    if (kept == null) {
      throw new IllegalStateException(
          layer.where() + ": " + what + " needs a forward pass in " + "training mode first");
    }
  }

  /** {@code buffer} when it has {@code n} entries, otherwise a new array of {@code n}. */
  static int[] reuse(int[] buffer, int n) {
    return buffer != null && buffer.length == n ? buffer : new int[n];
  }

  /** Formats a window size as Keras prints it, {@code 3x3}. */
  static String window(int height, int width) {
    return height + "x" + width;
  }
}
