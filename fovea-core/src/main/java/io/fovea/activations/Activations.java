package io.fovea.activations;

import io.fovea.tensor.FusedActivation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The activation functions by their Keras names, with Keras 3's default arguments:
 *
 * <ul>
 *   <li>{@code linear} x; {@code relu} max(x, 0); {@code sigmoid} 1 / (1 + e^-x); {@code tanh};
 *       {@code softmax} along the last axis (these five run in the kernels);
 *   <li>{@code elu} x if x > 0 else e^x - 1 (alpha 1); {@code selu} scale * (x if x > 0 else alpha
 *       (e^x - 1)) with alpha 1.6732632, scale 1.0507010;
 *   <li>{@code softplus} ln(1 + e^x); {@code softsign} x / (1 + |x|);
 *   <li>{@code silu} (alias {@code swish}) x * sigmoid(x); {@code gelu} the exact x * Phi(x),
 *       Keras's {@code approximate=False};
 *   <li>{@code leaky_relu} x if x >= 0 else 0.2 x (Keras 3's negative_slope 0.2); {@code relu6}
 *       min(max(x, 0), 6); {@code hard_sigmoid} clip(x / 6 + 1 / 2, 0, 1) as in Keras 3; {@code
 *       exponential} e^x.
 * </ul>
 *
 * <p>Reference: Hendrycks and Gimpel 2016 (GELU); Klambauer et al. 2017 (SELU); Clevert et al. 2015
 * (ELU); Ramachandran et al. 2017 (swish).
 */
public final class Activations {

  private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
  private static final double SELU_SCALE = 1.0507009873554804934193349852946;
  private static final double LEAKY_SLOPE = 0.2;

  private static final Map<String, ActivationFunction> BY_NAME = new LinkedHashMap<>();

  static {
    kernel("linear", FusedActivation.LINEAR);
    kernel("relu", FusedActivation.RELU);
    kernel("sigmoid", FusedActivation.SIGMOID);
    kernel("tanh", FusedActivation.TANH);
    register(new Softmax());
    fromOutput("elu", x -> x > 0 ? x : Math.expm1(x), y -> y > 0 ? 1 : y + 1);
    fromOutput(
        "selu",
        x -> SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
        y -> y > 0 ? SELU_SCALE : y + SELU_SCALE * SELU_ALPHA);
    fromOutput(
        "softplus", x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), y -> -Math.expm1(-y));
    fromOutput("softsign", x -> x / (1 + Math.abs(x)), y -> (1 - Math.abs(y)) * (1 - Math.abs(y)));
    fromInput("silu", x -> x * sigmoid(x), x -> sigmoid(x) * (1 + x * (1 - sigmoid(x))));
    fromInput("gelu", x -> x * Gaussian.cdf(x), x -> Gaussian.cdf(x) + x * Gaussian.pdf(x));
    fromOutput("leaky_relu", x -> x >= 0 ? x : LEAKY_SLOPE * x, y -> y > 0 ? 1 : LEAKY_SLOPE);
    fromOutput("relu6", x -> Math.min(Math.max(x, 0), 6), y -> y > 0 && y < 6 ? 1 : 0);
    fromOutput(
        "hard_sigmoid",
        x -> Math.min(Math.max(x / 6 + 0.5, 0), 1),
        y -> y > 0 && y < 1 ? 1.0 / 6 : 0);
    fromOutput("exponential", Math::exp, y -> y);
  }

  private Activations() {}

  /**
   * The activation called {@code name} (Keras spelling; {@code swish} is {@code silu}); null means
   * {@code linear}, as Keras's {@code activation=None}.
   *
   * @throws IllegalArgumentException listing the known names for an unknown one
   */
  public static ActivationFunction get(String name) {
    if (name == null) {
      return BY_NAME.get("linear");
    }
    String key = name.equals("swish") ? "silu" : name;
    ActivationFunction f = BY_NAME.get(key);
    if (f == null) {
      throw new IllegalArgumentException(
          "activation: expected one of " + names() + ", got '" + name + "'");
    }
    return f;
  }

  /** The known names, in a fixed order (without the alias {@code swish}). */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  private static void register(ActivationFunction f) {
    BY_NAME.put(f.name(), f);
  }

  private static void kernel(String name, FusedActivation act) {
    register(new KernelActivation(name, act));
  }

  private static void fromOutput(
      String name,
      ElementwiseActivation.Function f,
      ElementwiseActivation.Function derivativeFromY) {
    register(new ElementwiseActivation(name, f, (x, y) -> derivativeFromY.apply(y), false));
  }

  private static void fromInput(
      String name,
      ElementwiseActivation.Function f,
      ElementwiseActivation.Function derivativeFromX) {
    register(new ElementwiseActivation(name, f, (x, y) -> derivativeFromX.apply(x), true));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
