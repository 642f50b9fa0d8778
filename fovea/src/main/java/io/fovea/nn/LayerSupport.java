package io.fovea.nn;

import io.fovea.kernel.Padding;
import io.fovea.tensor.Shape;
import java.util.Arrays;

/**
 * Checks and buffer handling shared by the layers of this package: the messages say where the
 * problem is, what was expected and what was given; buffers are reused while the shape stays
 * the same, so a steady training step allocates nothing.
 */
final class LayerSupport {

  private LayerSupport() {}

  /** Throws {@link IllegalStateException} when {@code layer} is built (setters come first). */
  static void requireUnbuilt(Layer layer) {
    if (layer.built()) {
      throw new IllegalStateException(layer.where() + ": expected settings before the layer is "
          + "built, got a built layer. Make a new one, e.g. with config().create()");
    }
  }

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
    throw new IllegalArgumentException(layer.where() + ": expected input of rank 3 per sample "
        + "(height, width, channels), got " + in + hint + ".");
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
    throw new IllegalArgumentException(layer.where() + ": expected input of rank 2 per sample "
        + "(steps, channels), got " + in + hint + ".");
  }

  /**
   * The output length along one axis, or an error naming the layer and the input shape when a
   * {@code valid} window does not fit.
   */
  static int outputLength(Layer layer, Shape in, String noun, String window, int inLength,
      int size, int stride, Padding padding) {
    if (padding == Padding.VALID && size > inLength) {
      throw new IllegalArgumentException(layer.where() + ": expected input of at least " + window
          + " for a " + window + " " + noun + " with padding 'valid', got " + in
          + ". Use padding 'same', a smaller " + noun + " or a larger input.");
    }
    return padding.outputLength(inLength, size, stride);
  }

  /** Parses a Keras padding name, naming the layer in the error. */
  static Padding padding(Layer layer, String name, boolean causalAllowed) {
    if (causalAllowed && "causal".equals(name)) {
      return Padding.VALID;
    }
    try {
      return Padding.of(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(layer.where() + ": expected padding "
          + (causalAllowed ? "'valid', 'same' or 'causal'" : "'valid' or 'same'") + ", got '" + name + "'", e);
    }
  }

  /** Requires {@code value >= 1} for the setting {@code what}. */
  static int positive(Layer layer, String what, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(layer.where() + ": expected a positive " + what
          + ", got " + value);
    }
    return value;
  }

  /** {@code buffer} when it has {@code n} entries, otherwise a new array of {@code n}. */
  static int[] reuse(int[] buffer, int n) {
    return buffer != null && buffer.length == n ? buffer : new int[n];
  }

  /** The batch shape {@code [batch, ...perSample]}. */
  static Shape withBatch(int batch, Shape perSample) {
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = batch;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    return Shape.of(dims);
  }

  /** Formats a window size as Keras prints it, {@code 3x3}. */
  static String window(int height, int width) {
    return height + "x" + width;
  }

  /** Per-sample dims as a string, e.g. {@code [28, 28, 1]}. */
  static String dims(int... dims) {
    return Arrays.toString(dims);
  }
}
