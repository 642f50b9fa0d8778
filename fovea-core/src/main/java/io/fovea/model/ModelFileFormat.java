package io.fovea.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A model file format provided by a package this one may not import (the Keras formats of {@code
 * io.fovea.saving}), found with {@link ServiceLoader} so that {@code model.saveWeights("best
 * .weights.h5")}, {@code model.save("model.keras")} and {@code ModelCheckpoint} work as in Keras
 * while the package arrows still point one way.
 */
public interface ModelFileFormat {

  /**
   * Whether this format reads ({@code writing} false) or writes weights files of this lower-case
   * file name, e.g. {@code best.weights.h5}.
   */
  boolean handlesWeights(String fileName, boolean writing);

  /** Whether this format writes and reads whole models of this lower-case file name. */
  boolean handlesModels(String fileName);

  /** Writes the model's weights. */
  void saveWeights(Sequential model, Path file) throws IOException;

  /** Reads weights into a model built the same way. */
  void loadWeights(Sequential model, Path file) throws IOException;

  /** Writes the whole model: configuration, weights and compile settings. */
  void save(Sequential model, Path file) throws IOException;

  /** The format that reads or writes weights files named like {@code file}, if any. */
  static Optional<ModelFileFormat> forWeights(Path file, boolean writing) {
    String name = lowerCaseName(file);
    return ServiceLoader.load(ModelFileFormat.class, ModelFileFormat.class.getClassLoader())
        .stream()
        .map(ServiceLoader.Provider::get)
        .filter(f -> f.handlesWeights(name, writing))
        .findFirst();
  }

  /** The format that writes whole models named like {@code file}, if any. */
  static Optional<ModelFileFormat> forModels(Path file) {
    String name = lowerCaseName(file);
    return ServiceLoader.load(ModelFileFormat.class, ModelFileFormat.class.getClassLoader())
        .stream()
        .map(ServiceLoader.Provider::get)
        .filter(f -> f.handlesModels(name))
        .findFirst();
  }

  private static String lowerCaseName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }
}
