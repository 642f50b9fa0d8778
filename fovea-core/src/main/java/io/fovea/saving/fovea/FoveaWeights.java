package io.fovea.saving.fovea;

import io.fovea.model.Sequential;
import io.fovea.model.WeightsFileException;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.saving.fovea.FoveaWeightsFormat.LayerWeights;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads a model's weights in Fovea's own {@code .fovea} format ({@link
 * FoveaWeightsFormat}); reached through {@code io.fovea.saving.Models}, which picks it by the
 * file's name. The file holds, for each layer that has weights, its name and its weights' Keras
 * names, shapes and float32 values; loading matches layers by position and checks names and shapes.
 */
public final class FoveaWeights {

  private FoveaWeights() {}

  /** Writes the weights of {@code model} (built) to {@code file}, atomically. */
  public static void save(Sequential model, Path file) throws IOException {
    List<LayerWeights> layers = new ArrayList<>();
    for (Layer l : model.layers()) {
      if (!l.parameters().isEmpty()) {
        layers.add(
            new LayerWeights(
                l.name(), l.parameters().stream().map(Parameter::name).toList(), l.getWeights()));
      }
    }
    FoveaWeightsFormat.write(file, layers);
  }

  /**
   * Loads weights into {@code model} (built) by position among the layers that have weights; on a
   * mismatch the model is unchanged.
   *
   * @throws WeightsFileException naming the file, the layer and the weight when names or shapes
   *     differ, or the byte offset of a truncated or corrupt file
   */
  public static void load(Sequential model, Path file) throws IOException {
    List<LayerWeights> stored = FoveaWeightsFormat.read(file);
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
              + stored.stream().map(LayerWeights::layer).toList());
    }
    List<List<Tensor>> values = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      values.add(check(file, mine.get(i), stored.get(i)));
    }
    for (int i = 0; i < mine.size(); i++) {
      mine.get(i).setWeights(values.get(i));
    }
  }

  private static List<Tensor> check(Path file, Layer layer, LayerWeights lw)
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
