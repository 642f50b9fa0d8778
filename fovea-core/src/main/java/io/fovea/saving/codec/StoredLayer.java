package io.fovea.saving.codec;

import io.fovea.saving.KerasFileException;
import io.fovea.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * Internal: the weights one layer has in a Keras file, in Keras's order (kernel, bias; gamma, beta,
 * moving_mean, moving_variance), with the HDF5 path of each for messages.
 *
 * @param name the layer's name in the file (legacy) or its {@code layers/} key (Keras 3)
 * @param paths the HDF5 path of each weight
 * @param values the weights, in the file's shapes
 */
public record StoredLayer(String name, List<String> paths, List<Tensor> values) {

  /** Whether the layer has any weight in the file. */
  public boolean hasWeights() {
    return !values.isEmpty();
  }

  /**
   * Checks that these are exactly {@code expected} (same count, shapes and bits), as a writer
   * reading its file back does.
   *
   * @throws KerasFileException naming {@code where} and the first weight that differs
   */
  public void requireEqual(List<Tensor> expected, String where) throws KerasFileException {
    if (expected.size() != values.size()) {
      throw new KerasFileException(
          where + ": read back: expected " + expected.size() + " weights, got " + values.size());
    }
    for (int v = 0; v < values.size(); v++) {
      Tensor want = expected.get(v);
      Tensor got = values.get(v);
      if (!want.shape().equals(got.shape())) {
        throw new KerasFileException(
            where
                + ": read back "
                + paths.get(v)
                + ": expected shape "
                + want.shape()
                + ", got "
                + got.shape());
      }
      if (!Arrays.equals(want.toArray(), got.toArray())) {
        throw new KerasFileException(
            where + ": read back " + paths.get(v) + ": expected the written values, got others");
      }
    }
  }
}
