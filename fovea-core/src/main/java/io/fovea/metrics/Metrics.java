package io.fovea.metrics;

import io.fovea.losses.BinaryCrossentropy;
import io.fovea.losses.Loss;
import java.util.List;

/**
 * Metrics by their Keras names, as {@code compile(..., metrics)} resolves them.
 *
 * <p>{@code "accuracy"} and {@code "acc"} become the accuracy that fits the loss, as Keras does:
 * binary accuracy for {@code binary_crossentropy}, categorical accuracy for {@code
 * categorical_crossentropy}, sparse categorical accuracy for {@code
 * sparse_categorical_crossentropy}; for other losses it is chosen from the shapes of the first
 * batch (Keras 3's rule). With {@code BinaryCrossentropy(fromLogits = true)} the predictions are
 * logits, so binary accuracy thresholds them at 0 (Keras keeps 0.5 there, which miscounts). The
 * metric keeps the name the user wrote, so the history has {@code acc} or {@code accuracy} as
 * asked. Other names: {@code binary_accuracy}, {@code categorical_accuracy}, {@code
 * sparse_categorical_accuracy}, {@code top_k_categorical_accuracy}, {@code mean_squared_error}
 * ({@code mse}), {@code mean_absolute_error} ({@code mae}).
 */
public final class Metrics {

  private static final List<String> NAMES =
      List.of(
          "accuracy",
          "acc",
          "binary_accuracy",
          "categorical_accuracy",
          "sparse_categorical_accuracy",
          "top_k_categorical_accuracy",
          "mean_squared_error",
          "mse",
          "mean_absolute_error",
          "mae");

  private Metrics() {}

  /** The metric with this name, choosing the accuracy from shapes (no loss known). */
  public static Metric get(String name) {
    return get(name, null);
  }

  /**
   * The metric with this name, reported under it; {@code loss} (may be null) picks what {@code
   * "accuracy"} means.
   *
   * @throws IllegalArgumentException listing the known names when {@code name} is not one
   */
  public static Metric get(String name, Loss loss) {
    if (name == null) {
      throw unknown(null);
    }
    return switch (name) {
      case "accuracy", "acc" -> accuracyFor(name, loss);
      case "binary_accuracy" -> new BinaryAccuracy(name);
      case "categorical_accuracy" -> new CategoricalAccuracy(name);
      case "sparse_categorical_accuracy" -> new SparseCategoricalAccuracy(name);
      case "top_k_categorical_accuracy" -> new TopKCategoricalAccuracy(name, 5);
      case "mean_squared_error", "mse" -> new MeanSquaredError(name);
      case "mean_absolute_error", "mae" -> new MeanAbsoluteError(name);
      default -> throw unknown(name);
    };
  }

  private static Metric accuracyFor(String name, Loss loss) {
    String lossName = loss == null ? "" : loss.name();
    return switch (lossName) {
      case "binary_crossentropy" ->
          new BinaryAccuracy(
              name, loss instanceof BinaryCrossentropy b && b.fromLogits() ? 0f : 0.5f);
      case "categorical_crossentropy" -> new CategoricalAccuracy(name);
      case "sparse_categorical_crossentropy" -> new SparseCategoricalAccuracy(name);
      default -> new ShapeChosenAccuracy(name);
    };
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException(
        "metric: expected one of " + NAMES + ", got " + (name == null ? "null" : "'" + name + "'"));
  }
}
