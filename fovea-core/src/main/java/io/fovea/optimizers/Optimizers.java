package io.fovea.optimizers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Optimisers by their Keras names, with Keras's defaults: {@code Optimizers.get("adam")}.
 *
 * <p>Known names (matched ignoring case, as Keras does): {@code sgd}, {@code adam}, {@code
 * rmsprop}, {@code adagrad}, {@code adadelta}. {@link #fromConfig} rebuilds an optimiser from
 * {@link Optimizer#config()} (or from a Keras {@code get_config} dictionary).
 */
public final class Optimizers {

  private static final List<String> NAMES =
      List.of("sgd", "adam", "rmsprop", "adagrad", "adadelta");

  private Optimizers() {}

  /**
   * A new optimiser with Keras's defaults.
   *
   * @throws IllegalArgumentException listing the known names when {@code name} is not one
   */
  public static Optimizer get(String name) {
    if (name == null) {
      throw unknown(null);
    }
    return fromConfig(Map.of("name", name));
  }

  /**
   * A new optimiser from its config: {@code name} and any of the Keras keys ({@code learning_rate},
   * {@code momentum}, {@code nesterov}, {@code beta_1}, {@code beta_2}, {@code epsilon}, {@code
   * amsgrad}, {@code rho}, {@code centered}, {@code initial_accumulator_value}); missing keys take
   * Keras's defaults, other keys are ignored.
   */
  public static Optimizer fromConfig(Map<String, ?> config) {
    Object name = config.get("name");
    String key = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "sgd" ->
          new SGD(
              number(config, "learning_rate", 0.01),
              number(config, "momentum", 0),
              flag(config, "nesterov"));
      case "adam" ->
          new Adam(
              number(config, "learning_rate", 0.001),
              number(config, "beta_1", 0.9),
              number(config, "beta_2", 0.999),
              number(config, "epsilon", 1e-7),
              flag(config, "amsgrad"));
      case "rmsprop" ->
          new RMSprop(
              number(config, "learning_rate", 0.001),
              number(config, "rho", 0.9),
              number(config, "momentum", 0),
              number(config, "epsilon", 1e-7),
              flag(config, "centered"));
      case "adagrad" ->
          new Adagrad(
              number(config, "learning_rate", 0.001),
              number(config, "initial_accumulator_value", 0.1),
              number(config, "epsilon", 1e-7));
      case "adadelta" ->
          new Adadelta(
              number(config, "learning_rate", 0.001),
              number(config, "rho", 0.95),
              number(config, "epsilon", 1e-7));
      default -> throw unknown(name);
    };
  }

  private static IllegalArgumentException unknown(Object name) {
    return new IllegalArgumentException(
        "optimizer: expected one of "
            + NAMES
            + ", got "
            + (name == null ? "null" : "'" + name + "'"));
  }

  private static double number(Map<String, ?> config, String key, double fallback) {
    Object v = config.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException(
          "optimizer config: expected a number for '" + key + "', got '" + v + "'");
    }
    return n.doubleValue();
  }

  private static boolean flag(Map<String, ?> config, String key) {
    Object v = config.get(key);
    if (v != null && !(v instanceof Boolean)) {
      throw new IllegalArgumentException(
          "optimizer config: expected true or false for '" + key + "', got '" + v + "'");
    }
    return Boolean.TRUE.equals(v);
  }
}
