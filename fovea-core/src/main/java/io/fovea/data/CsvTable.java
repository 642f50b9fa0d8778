package io.fovea.data;

import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * A numeric table read by {@link Csv}: the feature columns {@code [n, k]}, the target column {@code
 * [n]}, and their names in file order.
 */
public record CsvTable(
    Tensor features, Tensor target, List<String> featureNames, String targetName) {

  /** Copies the names. */
  public CsvTable {
    featureNames = List.copyOf(featureNames);
  }

  /** The number of rows. */
  public int rows() {
    return target.size();
  }
}
