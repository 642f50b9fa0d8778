package io.fovea.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code fit} returns (Keras's {@code History}): one value per epoch for each logged quantity,
 * keyed as Keras keys them, in Keras's order: {@code loss}, the metrics, then {@code val_loss} and
 * the validation metrics.
 *
 * <pre>{@code
 * History h = model.fit(x, y, Fit.epochs(10).validationSplit(0.1));
 * List<Double> valLoss = h.get("val_loss");   // 10 values, or fewer after early stopping
 * }</pre>
 */
public final class History {

  private final List<Integer> epochs = new ArrayList<>();
  private final Map<String, List<Double>> values = new LinkedHashMap<>();

  History() {}

  /** Records the logs of one epoch (counted from 0). */
  void record(int epoch, Map<String, Double> logs) {
    epochs.add(epoch);
    for (Map.Entry<String, Double> e : logs.entrySet()) {
      values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
  }

  /** The epochs trained, counted from 0 (they start at {@code initialEpoch}). */
  public List<Integer> epochs() {
    return Collections.unmodifiableList(epochs);
  }

  /** The keys in Keras's order, e.g. {@code [loss, accuracy, val_loss, val_accuracy]}. */
  public List<String> keys() {
    return List.copyOf(values.keySet());
  }

  /**
   * The values of {@code key}, one per epoch.
   *
   * @throws IllegalArgumentException naming the known keys when {@code key} was not logged
   */
  public List<Double> get(String key) {
    List<Double> v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(
          "History: expected one of "
              + keys()
              + ", got '"
              + key
              + "'"
              + (key.startsWith("val_") ? ". Pass validationData or validationSplit to fit" : ""));
    }
    return Collections.unmodifiableList(v);
  }

  /** The last value of {@code key}. */
  public double last(String key) {
    List<Double> v = get(key);
    return v.get(v.size() - 1);
  }

  /** All values by key, in Keras's order (Keras's {@code history.history}). */
  public Map<String, List<Double>> asMap() {
    Map<String, List<Double>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }

  @Override
  public String toString() {
    return "History" + values;
  }
}
