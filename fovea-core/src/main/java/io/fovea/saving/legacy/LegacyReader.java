package io.fovea.saving.legacy;

import io.fovea.saving.KerasFileException;
import io.fovea.saving.codec.StoredLayer;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Internal: reads the weights group of a legacy Keras HDF5 file: the root of a {@code
 * save_weights('x.h5')} file or {@code /model_weights} of a {@code model.save('x.h5')} file. Layer
 * order comes from the {@code layer_names} attribute (also when chunked as {@code layer_names0},
 * {@code layer_names1}, ...), never from HDF5's alphabetical listing; each weight name is a path
 * relative to its layer's group ({@code conv2d/kernel:0}).
 */
public final class LegacyReader {

  private LegacyReader() {}

  /** Whether {@code h5} is a legacy file (root {@code layer_names} or a {@code model_weights}). */
  public static boolean isLegacy(Hdf5 h5) throws KerasFileException {
    return h5.isGroup("/model_weights") || namesAttribute(h5, "/", "layer_names").isPresent();
  }

  /** The weights group: {@code /model_weights} when present, else the root. */
  public static String weightsGroup(Hdf5 h5) throws KerasFileException {
    return h5.isGroup("/model_weights") ? "/model_weights" : "/";
  }

  /** Every layer listed in {@code group}'s {@code layer_names}, in order, with its weights. */
  public static List<StoredLayer> read(Hdf5 h5, String group) throws KerasFileException {
    Optional<String> backend = h5.string(group, "backend");
    if (backend.isPresent() && backend.get().equals("theano")) {
      throw new KerasFileException(
          h5.fileName()
              + ": "
              + group
              + "@backend: expected 'tensorflow' (or another "
              + "channels-last backend), got 'theano', whose kernels are stored flipped");
    }
    List<String> names =
        namesAttribute(h5, group, "layer_names")
            .orElseThrow(
                () ->
                    new KerasFileException(
                        h5.fileName()
                            + ": "
                            + group
                            + ": expected attribute 'layer_names', got none"));
    List<StoredLayer> layers = new ArrayList<>();
    for (String name : names) {
      String path = Hdf5.join(group, name);
      if (!h5.isGroup(path)) {
        throw new KerasFileException(
            h5.fileName() + ": " + path + ": expected the group of layer '" + name + "', got none");
      }
      List<String> weightNames = namesAttribute(h5, path, "weight_names").orElse(List.of());
      List<String> paths = new ArrayList<>();
      List<Tensor> values = new ArrayList<>();
      for (String w : weightNames) {
        String p = Hdf5.join(path, w);
        if (!h5.exists(p)) {
          throw new KerasFileException(
              h5.fileName() + ": " + p + ": expected the dataset of weight '" + w + "', got none");
        }
        paths.add(p);
        values.add(h5.floats(p));
      }
      layers.add(new StoredLayer(name, List.copyOf(paths), List.copyOf(values)));
    }
    return layers;
  }

  /** The list attribute {@code name}, joining {@code name0, name1, ...} when Keras split it. */
  public static Optional<List<String>> namesAttribute(Hdf5 h5, String path, String name)
      throws KerasFileException {
    Optional<List<String>> whole = h5.strings(path, name);
    if (whole.isPresent()) {
      return whole;
    }
    List<String> joined = new ArrayList<>();
    int chunk = 0;
    for (Optional<List<String>> part = h5.strings(path, name + chunk);
        part.isPresent();
        part = h5.strings(path, name + ++chunk)) {
      joined.addAll(part.get());
    }
    return chunk == 0 ? Optional.empty() : Optional.of(joined);
  }
}
