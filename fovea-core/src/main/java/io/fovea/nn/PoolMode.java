package io.fovea.nn;

/**
 * Which statistic a pooling layer takes over each window, Keras's {@code pool_mode}: the largest
 * value ({@code MAX}, {@link MaxPooling2D}, {@link GlobalMaxPooling2D}) or the mean ({@code
 * AVERAGE}, {@link AveragePooling2D}, {@link GlobalAveragePooling2D}).
 */
public enum PoolMode {
  MAX,
  AVERAGE;

  /** A new pass of this mode (each layer owns one: it keeps buffers). */
  PoolPass newPass() {
    return this == MAX ? PoolPass.max() : PoolPass.average();
  }

  /**
   * Requires {@code config}'s mode to be this one, for the layer {@code layer} of this mode.
   *
   * @throws IllegalArgumentException naming the layer class otherwise
   */
  void require(String layer, PoolMode actual) {
    if (actual != this) {
      throw new IllegalArgumentException(
          layer + ": expected a configuration of pool mode " + this + ", got " + actual);
    }
  }
}
