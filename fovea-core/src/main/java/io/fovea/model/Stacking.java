package io.fovea.model;

import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds layers to a {@link Sequential}: Keras's default names, uniqueness, eager building; and sets
 * their weights in order.
 */
final class Stacking {

  private final Sequential model;

  Stacking(Sequential model) {
    this.model = model;
  }

  void add(Layer layer) {
    if (layer == null) {
      throw new IllegalArgumentException(model.name() + ": expected a layer, got null");
    }
    List<Layer> layers = model.layers();
    if (layer instanceof InputLayer input) {
      addInput(input, layers);
      return;
    }
    if (layer.index() >= 0 || layers.contains(layer)) {
      throw new IllegalArgumentException(
          model.name()
              + ": expected a layer not yet in a model, "
              + "got "
              + layer.where()
              + ". Make a new one, e.g. layer.config().create()");
    }
    Set<String> taken = new HashSet<>();
    layers.forEach(l -> taken.add(l.name()));
    boolean named = layer.name() != null;
    if (named && taken.contains(layer.name())) {
      throw new IllegalArgumentException(
          model.name()
              + ": expected unique layer names, got a "
              + "second '"
              + layer.name()
              + "' ("
              + layer.typeName()
              + "). Name it differently");
    }
    if (!named) {
      layer.name(uniqueName(layer.defaultNamePrefix(), taken));
    }
    layer.setIndex(layers.size());
    Shape in = inputFor(layer, layers);
    try {
      if (in != null) {
        layer.build(in, model.nextLayerRng());
      }
    } catch (RuntimeException e) {
      layer.setIndex(-1);
      if (!named) {
        layer.name(null);
      }
      throw e;
    }
    if (layers.isEmpty()) {
      model.setInputShape(in);
    }
    model.append(layer);
  }

  /** An InputLayer only declares the model's input shape; as in Keras 3 it is not listed. */
  private void addInput(InputLayer input, List<Layer> layers) {
    if (!layers.isEmpty() || model.inputShape() != null) {
      throw new IllegalArgumentException(
          model.name()
              + ": expected an InputLayer before any "
              + "other layer, got it after "
              + layers.size()
              + " layers"
              + (model.inputShape() == null ? "" : " and input shape " + model.inputShape()));
    }
    model.setInputShape(input.shape());
  }

  /** The input shape of a new layer, or null while the model's input is unknown. */
  private Shape inputFor(Layer layer, List<Layer> layers) {
    if (layers.isEmpty()) {
      if (model.inputShape() != null) {
        return model.inputShape();
      }
      if (layer.built()) {
        return layer.inputShape();
      }
      return layer.declaredInputShape();
    }
    Layer previous = layers.get(layers.size() - 1);
    return previous.built() ? previous.outputShape() : null;
  }

  private static String uniqueName(String prefix, Set<String> taken) {
    if (!taken.contains(prefix)) {
      return prefix;
    }
    for (int i = 1; ; i++) {
      String candidate = prefix + "_" + i;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** Builds every unbuilt layer in order from per-sample input {@code shape}. */
  void buildAll(String where, Shape shape) {
    List<Layer> layers = model.layers();
    if (model.inputShape() == null) {
      model.setInputShape(shape);
    }
    Shape in = model.inputShape();
    for (Layer l : layers) {
      if (!l.built()) {
        l.build(in, model.nextLayerRng());
      }
      in = l.outputShape();
    }
  }

  /** Sets every layer's weights from {@code weights} in the model's order; returns the model. */
  Sequential setWeights(List<Tensor> weights) {
    List<Layer> layers = model.layers();
    int expected = layers.stream().mapToInt(l -> l.parameters().size()).sum();
    if (weights.size() != expected) {
      throw new IllegalArgumentException(
          model.name() + ": expected " + expected + " weight tensors, got " + weights.size());
    }
    int at = 0;
    for (Layer l : layers) {
      int n = l.parameters().size();
      l.setWeights(weights.subList(at, at + n));
      at += n;
    }
    return model;
  }
}
