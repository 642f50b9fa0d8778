package io.fovea.nn;

import io.fovea.tensor.Padding;

/**
 * The sliding window of a 1-D convolution, Keras's {@code kernel_size}, {@code strides}, {@code
 * padding} and {@code dilation_rate}: output step {@code t} sees the input steps {@code t * stride
 * - padBefore ... + size - 1}.
 *
 * <p>Keras's third padding, {@code "causal"}, is {@code causal = true} with {@code padding VALID}:
 * {@code size - 1} zeros before the sequence, then a valid window, so that output {@code t} sees no
 * input after {@code t}. The layer checks that size and stride are positive; the record refuses a
 * null padding, {@code SAME} with {@code causal}, and a dilation other than 1 (not supported).
 */
public record Window1D(int size, int stride, Padding padding, boolean causal, int dilation) {

  /** Refuses a null padding, causal {@code SAME} padding and dilation other than 1. */
  public Window1D {
    if (padding == null || (causal && padding != Padding.VALID)) {
      throw new IllegalArgumentException(
          "Window1D: expected padding VALID or SAME (VALID when causal), got " + padding);
    }
    if (dilation != 1) {
      throw new IllegalArgumentException("Window1D: expected dilation_rate 1, got " + dilation);
    }
  }

  /** A {@code size} window with stride 1 and {@code valid} padding. */
  public static Window1D of(int size) {
    return new Window1D(size, 1, Padding.VALID, false, 1);
  }

  /** Keras's spelling of the padding: {@code "valid"}, {@code "same"} or {@code "causal"}. */
  public String paddingName() {
    return causal ? "causal" : padding.kerasName();
  }

  public Window1D withStride(int value) {
    return new Window1D(size, value, padding, causal, dilation);
  }

  /**
   * The padding by Keras name, {@code "valid"}, {@code "same"} or {@code "causal"}.
   *
   * @throws IllegalArgumentException for another name
   */
  public Window1D withPaddingName(String name) {
    boolean isCausal = "causal".equals(name);
    return new Window1D(size, stride, isCausal ? Padding.VALID : Padding.of(name), isCausal, 1);
  }

  public Window1D withPadding(Padding value) {
    return new Window1D(size, stride, value, false, dilation);
  }
}
