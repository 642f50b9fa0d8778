package io.fovea.activations;

import io.fovea.tensor.Tensor;

/**
 * Bridges tensors that are views at an offset to kernels that take arrays from index 0. Buffers
 * owned by layers start at 0, so the copies happen only for views a caller passes in.
 */
final class Offsets {

  private Offsets() {}

  /** The values of {@code t} in an array starting at 0: its own array, or a copy. */
  static float[] of(Tensor t) {
    return t.offset() == 0 ? t.data() : t.toArray();
  }

  /** Copies {@code values} into {@code t} unless they already are its array. */
  static void copyBack(float[] values, Tensor t) {
    if (values != t.data()) {
      System.arraycopy(values, 0, t.data(), t.offset(), t.size());
    }
  }
}
