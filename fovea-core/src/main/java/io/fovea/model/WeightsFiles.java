package io.fovea.model;

import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Saves and loads a model's weights through the {@link WeightsFormat} of the file's name. */
final class WeightsFiles {

  private WeightsFiles() {}

  static void save(Sequential model, Path file) throws IOException {
    var external = ModelFileFormat.forWeights(file, true);
    WeightsFormat format = external.isPresent() ? null : WeightsFormat.forPath(file);
    if (!model.built()) {
      throw new IllegalStateException(
          "saveWeights: the model is not built yet; give the first "
              + "layer an inputShape(...) or call fit/predict first");
    }
    if (external.isPresent()) {
      external.get().saveWeights(model, file);
      return;
    }
    List<WeightsFormat.LayerWeights> layers = new ArrayList<>();
    for (Layer l : model.layers()) {
      if (!l.parameters().isEmpty()) {
        layers.add(
            new WeightsFormat.LayerWeights(
                l.name(), l.parameters().stream().map(Parameter::name).toList(), l.getWeights()));
      }
    }
    format.write(file, layers);
  }

  /**
   * Saves the whole model through the format that handles the file name ({@code .keras}, {@code
   * .h5}).
   */
  static void saveModel(Sequential model, Path file) throws IOException {
    ModelFileFormat format =
        ModelFileFormat.forModels(file)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "save: expected a .keras (or legacy .h5) file name, got "
                            + file
                            + ". Use saveWeights for weights only"));
    format.save(model, file);
  }

  /** Loads by position among the layers that have weights; names and shapes must match. */
  static void load(Sequential model, Path file) throws IOException {
    var external = ModelFileFormat.forWeights(file, false);
    WeightsFormat format = external.isPresent() ? null : WeightsFormat.forPath(file);
    if (!model.built()) {
      throw new IllegalStateException(
          "loadWeights: the model is not built yet; give the first "
              + "layer an inputShape(...) or call predict first");
    }
    if (external.isPresent()) {
      external.get().loadWeights(model, file);
      return;
    }
    List<WeightsFormat.LayerWeights> stored = format.read(file);
    List<Layer> mine = model.layers().stream().filter(l -> !l.parameters().isEmpty()).toList();
    if (stored.size() != mine.size()) {
      throw new WeightsFileException(
          file
              + ": expected weights for "
              + mine.size()
              + " layers "
              + mine.stream().map(Layer::name).toList()
              + ", got "
              + stored.size()
              + " "
              + stored.stream().map(WeightsFormat.LayerWeights::layer).toList());
    }
    List<List<Tensor>> values = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      values.add(check(file, mine.get(i), stored.get(i)));
    }
    for (int i = 0; i < mine.size(); i++) {
      mine.get(i).setWeights(values.get(i));
    }
  }

  private static List<Tensor> check(Path file, Layer layer, WeightsFormat.LayerWeights lw)
      throws WeightsFileException {
    List<Parameter> params = layer.parameters();
    List<String> wanted = params.stream().map(Parameter::name).toList();
    if (!wanted.equals(lw.names())) {
      throw new WeightsFileException(
          file
              + ", layer '"
              + lw.layer()
              + "': expected weights "
              + wanted
              + " for "
              + layer.where()
              + ", got "
              + lw.names());
    }
    for (int j = 0; j < params.size(); j++) {
      if (!params.get(j).shape().equals(lw.values().get(j).shape())) {
        throw new WeightsFileException(
            file
                + ", layer '"
                + lw.layer()
                + "', weight '"
                + wanted.get(j)
                + "': expected shape "
                + params.get(j).shape()
                + " for "
                + layer.where()
                + ", got "
                + lw.values().get(j).shape());
      }
    }
    return lw.values();
  }
}
