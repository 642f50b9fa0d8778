package io.fovea.losses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Losses by their Keras names: {@code Losses.get("categorical_crossentropy")}.
 *
 * <p>Known names and aliases: {@code mean_squared_error} ({@code mse}), {@code mean_absolute_error}
 * ({@code mae}), {@code binary_crossentropy}, {@code categorical_crossentropy}, {@code
 * sparse_categorical_crossentropy}. Each call returns a loss of probabilities (Keras's {@code
 * from_logits=False}); construct the class for logits.
 */
public final class Losses {

  private static final Map<String, Supplier<Loss>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("mean_squared_error", MeanSquaredError::new);
    BY_NAME.put("mse", MeanSquaredError::new);
    BY_NAME.put("mean_absolute_error", MeanAbsoluteError::new);
    BY_NAME.put("mae", MeanAbsoluteError::new);
    BY_NAME.put("binary_crossentropy", BinaryCrossentropy::new);
    BY_NAME.put("categorical_crossentropy", CategoricalCrossentropy::new);
    BY_NAME.put("sparse_categorical_crossentropy", SparseCategoricalCrossentropy::new);
  }

  private Losses() {}

  /**
   * The loss with this Keras name or alias.
   *
   * @throws IllegalArgumentException listing the known names when {@code name} is not one
   */
  public static Loss get(String name) {
    Supplier<Loss> loss = name == null ? null : BY_NAME.get(name);
    if (loss == null) {
      throw new IllegalArgumentException(
          "loss: expected one of "
              + BY_NAME.keySet()
              + ", got "
              + (name == null ? "null" : "'" + name + "'"));
    }
    return loss.get();
  }
}
