package io.fovea.saving;

import io.fovea.model.ModelFileFormat;
import io.fovea.model.Sequential;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Keras formats offered to {@code io.fovea.model} through {@link java.util.ServiceLoader}:
 * writes Keras 3 {@code *.weights.h5} and {@code *.keras} files and legacy weights to any other
 * {@code *.h5} / {@code *.hdf5} name (as tf.keras's {@code save_weights("x.h5")}), and reads all of
 * them (see {@link Models}).
 */
public final class KerasFileFormat implements ModelFileFormat {

  @Override
  public boolean handlesWeights(String fileName, boolean writing) {
    boolean hdf5 = fileName.endsWith(".h5") || fileName.endsWith(".hdf5");
    // A .keras archive holds a whole model: weights are read from one, never written as one.
    return writing ? hdf5 : hdf5 || fileName.endsWith(".keras");
  }

  @Override
  public boolean handlesModels(String fileName) {
    boolean legacy =
        (fileName.endsWith(".h5") || fileName.endsWith(".hdf5"))
            && !fileName.endsWith(".weights.h5");
    return fileName.endsWith(".keras") || legacy;
  }

  @Override
  public void saveWeights(Sequential model, Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".weights.h5")) {
      Models.saveWeights(model, file);
    } else {
      Models.saveLegacyWeights(model, file);
    }
  }

  @Override
  public void loadWeights(Sequential model, Path file) throws IOException {
    Models.loadWeights(model, file);
  }

  @Override
  public void save(Sequential model, Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".keras")) {
      Models.save(model, file);
    } else {
      Models.saveLegacy(model, file);
    }
  }
}
