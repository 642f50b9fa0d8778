package io.fovea.saving.codec;

import io.fovea.constraints.Constraint;
import io.fovea.initializers.Initializer;
import java.util.List;
import java.util.Map;

/** Argument groups several Keras layers share: kernel/bias settings, checks of unsupported ones. */
final class KerasArgs {

  private KerasArgs() {}

  /** Keras's {@code use_bias}, initializers and regularizers of a kernel and a bias. */
  static void weights(
      Map<String, Object> c, boolean useBias, Initializer kernel, Initializer bias) {
    c.put("use_bias", useBias);
    c.put("kernel_initializer", KerasObjects.write(kernel));
    c.put("bias_initializer", KerasObjects.write(bias));
    c.put("kernel_regularizer", null);
    c.put("bias_regularizer", null);
  }

  /** Keras's {@code kernel_constraint} and {@code bias_constraint}. */
  static void constraints(Map<String, Object> c, Constraint kernel, Constraint bias) {
    c.put("kernel_constraint", KerasObjects.write(kernel));
    c.put("bias_constraint", KerasObjects.write(bias));
  }

  /** Refuses {@code groups} other than 1. */
  static void requireOneGroup(KerasConfig c) {
    int groups = c.integer("groups", 1);
    if (groups != 1) {
      throw new IllegalArgumentException(c.where() + ": expected groups 1, got " + groups);
    }
  }

  /** Refuses any of the {@code n} values of {@code key} (a dilation rate) above 1. */
  static void requireOnes(KerasConfig c, String key, int n) {
    for (int v : c.ints(key, n, new int[n])) {
      if (v > 1) {
        throw new IllegalArgumentException(
            c.where() + ": expected " + key + " 1, got " + c.raw(key));
      }
    }
  }

  /** {@code [a, b]} as JSON. */
  static List<Object> pair(int a, int b) {
    return List.of(a, b);
  }
}
