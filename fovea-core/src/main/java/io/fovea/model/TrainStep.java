package io.fovea.model;

import io.fovea.losses.Loss;
import io.fovea.metrics.Metric;
import io.fovea.nn.ActivatedLayer;
import io.fovea.nn.Constrained;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.List;

/**
 * One gradient step on a batch: zero the gradients, forward in training mode, update the metrics,
 * the loss and its gradient, backward in reverse order, one optimiser step.
 *
 * <p>When the last layer ends with the activation the loss can take logits for ({@code softmax} or
 * {@code sigmoid} with a cross-entropy), the loss is computed from the logits and the backward pass
 * starts below the activation, as Keras does for stability. Constraints of trainable layers are
 * applied after the step.
 *
 * <p>The backward pass stops at the lowest layer with trainable parameters: nothing below it needs
 * a gradient, so a frozen base (a VGG16 in front of a trainable head) costs only its forward pass,
 * as under Keras's autodiff. Frozen layers still run forward in training mode (Dropout drops; a
 * frozen BatchNormalization normalises with its moving statistics).
 */
final class TrainStep {

  private final List<Layer> layers;
  private final Compiled compiled;
  private final List<Parameter> all;
  private final List<Parameter> trainable;
  private final ActivatedLayer logitsLayer;
  private final int lowestTrainable;
  private Tensor grad;

  TrainStep(Sequential model, Compiled compiled) {
    this.layers = model.layers();
    this.compiled = compiled;
    this.all = layers.stream().flatMap(l -> l.parameters().stream()).toList();
    this.trainable = model.trainableParameters();
    this.logitsLayer = logitsLayer(layers.get(layers.size() - 1), compiled.loss());
    this.lowestTrainable = lowestTrainable(layers);
  }

  /** The index of the lowest layer with trainable parameters, or the layer count if none has. */
  static int lowestTrainable(List<Layer> layers) {
    for (int i = 0; i < layers.size(); i++) {
      if (!layers.get(i).trainableParameters().isEmpty()) {
        return i;
      }
    }
    return layers.size();
  }

  private static ActivatedLayer logitsLayer(Layer last, Loss loss) {
    String wanted = loss.logitsActivation();
    if (wanted != null && last instanceof ActivatedLayer a && wanted.equals(a.activationName())) {
      return a;
    }
    return null;
  }

  /** Trains on one batch and returns its mean loss. */
  double run(Tensor x, Tensor y) {
    for (Parameter p : all) {
      p.zeroGradient();
    }
    int last = layers.size() - 1;
    Tensor out = Inference.forward(layers, x, last, true);
    for (Metric m : compiled.metrics()) {
      m.update(y, out);
    }
    Tensor g = gradientBuffer(out);
    double loss;
    int from = last;
    if (logitsLayer != null) {
      loss = compiled.loss().computeFromLogits(y, logitsLayer.logits(), g);
      g = logitsLayer.backwardFromLogits(g);
      from = last - 1;
    } else {
      loss = compiled.loss().compute(y, out, g);
    }
    for (int i = from; i >= lowestTrainable; i--) {
      g = layers.get(i).backward(g);
    }
    compiled.optimizer().apply(trainable);
    for (Layer l : layers) {
      // Keras applies a weight's constraint right after the optimiser updates it.
      if (l.trainable() && l instanceof Constrained c) {
        c.applyConstraints();
      }
    }
    return loss;
  }

  private Tensor gradientBuffer(Tensor out) {
    if (grad == null || !grad.shape().equals(out.shape())) {
      grad = Tensor.zeros(out.shape());
    }
    return grad;
  }
}
