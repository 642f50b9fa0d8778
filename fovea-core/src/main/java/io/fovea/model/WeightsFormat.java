package io.fovea.model;

import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file format for a model's weights, chosen by the file's extension.
 *
 * <p>Fovea's own format ({@link FoveaWeightsFormat}) serves every extension except the Keras ones
 * ({@code .h5}, {@code .hdf5}, {@code .keras}). Keras files are read and written through a {@link
 * ModelFileFormat} found at run time (Keras 3 {@code *.weights.h5}); a Keras name no format handles
 * is refused with a message saying so.
 */
public interface WeightsFormat {

  /** The weights of one layer, in Keras's order, with their Keras names. */
  record LayerWeights(String layer, List<String> names, List<Tensor> values) {

    /** Checks that names and values pair up. */
    public LayerWeights {
      names = List.copyOf(names);
      values = List.copyOf(values);
      if (names.size() != values.size()) {
        throw new IllegalArgumentException(
            "LayerWeights '"
                + layer
                + "': expected as many "
                + "names as values, got "
                + names.size()
                + " and "
                + values.size());
      }
    }
  }

  /** Writes the weights of the layers that have any, in model order. */
  void write(Path file, List<LayerWeights> layers) throws IOException;

  /** Reads what {@link #write} wrote. */
  List<LayerWeights> read(Path file) throws IOException;

  /** Formats for extensions other than Fovea's own, e.g. {@code "h5"}. */
  Map<String, WeightsFormat> REGISTERED = new ConcurrentHashMap<>();

  /** Makes {@code format} serve files ending in {@code .extension} (e.g. {@code "h5"}). */
  static void register(String extension, WeightsFormat format) {
    REGISTERED.put(extension.toLowerCase(Locale.ROOT), format);
  }

  /**
   * The format for {@code file}.
   *
   * @throws IllegalArgumentException for a Keras extension no format has been registered for
   */
  static WeightsFormat forPath(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    WeightsFormat registered = REGISTERED.get(ext);
    if (registered != null) {
      return registered;
    }
    if (ext.equals("h5") || ext.equals("hdf5") || ext.equals("keras")) {
      throw new IllegalArgumentException(
          "weights file "
              + file
              + ": expected a weights file name (.weights.h5 or .h5 for Keras, another "
              + "extension such as .fovea for Fovea's own format), got a ."
              + ext
              + " name that no format handles here. A whole model goes to .keras with save(path)");
    }
    return new FoveaWeightsFormat();
  }
}
