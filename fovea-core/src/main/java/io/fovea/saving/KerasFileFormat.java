package io.fovea.saving;

import io.fovea.model.ModelFileFormat;
import io.fovea.model.Sequential;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The Keras formats offered to {@code io.fovea.model} through {@link java.util.ServiceLoader}:
 * writes Keras 3 {@code *.weights.h5} and {@code *.keras} files, reads those and legacy {@code .h5}
 * / {@code .hdf5} weights (see {@link Models}).
 */
public final class KerasFileFormat implements ModelFileFormat {

  @Override
  public boolean handlesWeights(String fileName, boolean writing) {
    if (writing) {
      return fileName.endsWith(".weights.h5");
    }
    return fileName.endsWith(".h5") || fileName.endsWith(".hdf5") || fileName.endsWith(".keras");
  }

  @Override
  public boolean handlesModels(String fileName) {
    return fileName.endsWith(".keras");
  }

  @Override
  public void saveWeights(Sequential model, Path file) throws IOException {
    Models.saveWeights(model, file);
  }

  @Override
  public void loadWeights(Sequential model, Path file) throws IOException {
    Models.loadWeights(model, file);
  }

  @Override
  public void save(Sequential model, Path file) throws IOException {
    Models.save(model, file);
  }
}
