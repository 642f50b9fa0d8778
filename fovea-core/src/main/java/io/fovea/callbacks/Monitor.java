package io.fovea.callbacks;

import java.util.Locale;
import java.util.Map;

/**
 * A logged quantity a callback watches and which direction is better, Keras's {@code monitor} and
 * {@code mode}: {@code "min"}, {@code "max"}, or {@code "auto"} (max for names containing {@code
 * acc} or {@code auc}, min otherwise).
 */
final class Monitor {

  private final String key;
  private final boolean maximize;

  Monitor(String where, String key, String mode) {
    this.key = key;
    String m = mode.toLowerCase(Locale.ROOT);
    switch (m) {
      case "min" -> maximize = false;
      case "max" -> maximize = true;
      case "auto" -> maximize = key.contains("acc") || key.contains("auc");
      default ->
          throw new IllegalArgumentException(
              where + ": expected mode auto, min or max, " + "got '" + mode + "'");
    }
  }

  String key() {
    return key;
  }

  boolean maximize() {
    return maximize;
  }

  /** The worst possible value, where tracking starts. */
  double worst() {
    return maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** Whether {@code current} beats {@code reference} by more than {@code minDelta}. */
  boolean improves(double current, double reference, double minDelta) {
    double delta = Math.abs(minDelta);
    return maximize ? current - delta > reference : current + delta < reference;
  }

  /**
   * The monitored value in {@code logs}.
   *
   * @throws IllegalStateException naming the available keys when it was not logged
   */
  double value(String where, Map<String, Double> logs) {
    Double v = logs.get(key);
    if (v == null) {
      throw new IllegalStateException(
          where
              + ": expected '"
              + key
              + "' in the logs "
              + logs.keySet()
              + ", got none"
              + (key.startsWith("val_")
                  ? ". Pass validationData or validationSplit to fit, or monitor '"
                      + key.substring(4)
                      + "'"
                  : ""));
    }
    return v;
  }
}
