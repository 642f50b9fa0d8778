package io.fovea.saving.codec;

import io.fovea.model.Sequential;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.saving.KerasFileException;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: pairs stored layers with the model's layers as Keras does and sets the weights.
 * Everything is checked before anything is set, so a failed load leaves the model unchanged.
 */
public final class WeightAssignment {

  private final String fileName;
  private final Map<Layer, StoredLayer> plan = new LinkedHashMap<>();

  private WeightAssignment(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Keras's order-based matching: the k-th layer with weights in the model takes the k-th layer
   * with weights in the file; names play no role.
   */
  public static void byOrder(Sequential model, List<StoredLayer> stored, String fileName)
      throws KerasFileException {
    List<Layer> mine = model.layers().stream().filter(l -> !l.parameters().isEmpty()).toList();
    List<StoredLayer> theirs = stored.stream().filter(StoredLayer::hasWeights).toList();
    if (mine.size() != theirs.size()) {
      throw new KerasFileException(
          fileName
              + ": expected "
              + mine.size()
              + " layers with weights "
              + mine.stream().map(Layer::name).toList()
              + ", got "
              + theirs.size()
              + " in the file "
              + theirs.stream().map(StoredLayer::name).toList());
    }
    WeightAssignment a = new WeightAssignment(fileName);
    for (int i = 0; i < mine.size(); i++) {
      a.check(mine.get(i), theirs.get(i));
    }
    a.apply();
  }

  /**
   * Keras 3's structural matching: entry {@code i} of {@code stored} belongs to layer {@code i}.
   */
  public static void byPosition(Sequential model, List<StoredLayer> stored, String fileName)
      throws KerasFileException {
    WeightAssignment a = new WeightAssignment(fileName);
    for (int i = 0; i < stored.size(); i++) {
      a.check(model.layers().get(i), stored.get(i));
    }
    a.apply();
  }

  /**
   * Keras's {@code by_name=True}: each stored layer goes to the model layer of the same name; model
   * layers absent from the file keep their weights, stored layers absent from the model are
   * skipped.
   */
  public static void byName(Sequential model, List<StoredLayer> stored, String fileName)
      throws KerasFileException {
    WeightAssignment a = new WeightAssignment(fileName);
    for (StoredLayer s : stored) {
      for (Layer layer : model.layers()) {
        if (layer.name().equals(s.name())) {
          a.check(layer, s);
        }
      }
    }
    a.apply();
  }

  private void check(Layer layer, StoredLayer stored) throws KerasFileException {
    List<Parameter> params = layer.parameters();
    if (params.size() != stored.values().size()) {
      throw new KerasFileException(
          fileName
              + ": "
              + layer.where()
              + ": expected "
              + params.size()
              + " weights "
              + names(params)
              + ", got "
              + stored.values().size()
              + " in the file's layer '"
              + stored.name()
              + "' "
              + stored.paths());
    }
    for (int i = 0; i < params.size(); i++) {
      Tensor value = stored.values().get(i);
      if (!params.get(i).shape().equals(value.shape())) {
        throw new KerasFileException(
            fileName
                + ": "
                + layer.where()
                + ": weight '"
                + params.get(i).name()
                + "' expected shape "
                + params.get(i).shape()
                + ", got "
                + value.shape()
                + " at "
                + stored.paths().get(i));
      }
    }
    plan.put(layer, stored);
  }

  private void apply() {
    plan.forEach((layer, stored) -> layer.setWeights(stored.values()));
  }

  private static List<String> names(List<Parameter> params) {
    List<String> out = new ArrayList<>();
    params.forEach(p -> out.add(p.name() + p.shape()));
    return out;
  }
}
