package io.fovea.saving.codec;

import io.fovea.activations.Activations;
import io.fovea.initializers.Initializers;
import io.fovea.nn.WeightSettings;
import java.util.List;
import java.util.Map;

/** Argument groups several Keras layers share: weights' settings, padding, unsupported checks. */
final class KerasArgs {

  private KerasArgs() {}

  /**
   * Keras's {@code activation}, {@code use_bias}, initializers, regularizers (always none) and
   * constraints of a kernel and a bias, in Keras's key order.
   */
  static void weights(Map<String, Object> c, WeightSettings w) {
    c.put("activation", w.activationName());
    c.put("use_bias", w.useBias());
    c.put("kernel_initializer", KerasObjects.write(w.kernelInitializer()));
    c.put("bias_initializer", KerasObjects.write(w.biasInitializer()));
    c.put("kernel_regularizer", null);
    c.put("bias_regularizer", null);
    c.put("kernel_constraint", KerasObjects.write(w.kernelConstraint()));
    c.put("bias_constraint", KerasObjects.write(w.biasConstraint()));
  }

  /** The weights' settings of a Keras config, Keras's defaults for absent keys. */
  static WeightSettings weights(KerasConfig c) {
    return new WeightSettings(
        Activations.get(c.activation("activation")),
        c.flag("use_bias", true),
        c.initializer("kernel_initializer", Initializers.glorotUniform()),
        c.initializer("bias_initializer", Initializers.get("zeros")),
        c.constraint("kernel_constraint"),
        c.constraint("bias_constraint"));
  }

  /** The weights' names of a layer with a kernel and maybe a bias. */
  static List<String> weightNames(WeightSettings w) {
    return w.useBias() ? List.of("kernel", "bias") : List.of("kernel");
  }

  /**
   * The {@code padding} of a Keras config ({@code "causal"} too when {@code causalAllowed}), naming
   * the config in the error.
   */
  static String padding(KerasConfig c, boolean causalAllowed) {
    String name = c.string("padding", "valid");
    if ((causalAllowed && "causal".equals(name))
        || "valid".equalsIgnoreCase(name)
        || "same".equalsIgnoreCase(name)) {
      return name;
    }
    String allowed = causalAllowed ? "'valid', 'same' or 'causal'" : "'valid' or 'same'";
    throw new IllegalArgumentException(
        c.where() + ": expected padding " + allowed + ", got '" + name + "'");
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
