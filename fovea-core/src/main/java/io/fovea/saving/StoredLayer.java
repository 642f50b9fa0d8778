package io.fovea.saving;

import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * The weights one layer has in a Keras file, in Keras's order (kernel, bias; gamma, beta,
 * moving_mean, moving_variance), with the HDF5 path of each for messages.
 *
 * @param name the layer's name in the file (legacy) or its {@code layers/} key (Keras 3)
 * @param paths the HDF5 path of each weight
 * @param values the weights, in the file's shapes
 */
record StoredLayer(String name, List<String> paths, List<Tensor> values) {

  boolean hasWeights() {
    return !values.isEmpty();
  }
}
