package io.fovea.bench;

import io.fovea.applications.VGG16;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.List;
import java.util.Locale;

/**
 * One transfer-learning training step: a frozen VGG16 convolutional base on 32x32x3 images
 * (include_top=false, 14,714,688 frozen weights) + Flatten + Dense(64, relu) + Dense(10, softmax),
 * Adam, batch 32. Times, in the same run, a step whose backward pass goes through every layer (the
 * behaviour before the backward pass stopped at the lowest trainable layer), the same step stopped
 * at the lowest trainable layer, and {@code fit} on one batch (the real path). Prints markdown
 * rows.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp fovea-bench.jar
 * io.fovea.bench.FrozenBaseBenchmark}.
 */
public final class FrozenBaseBenchmark {

  private static final int BATCH = 32;

  private FrozenBaseBenchmark() {}

  static Sequential model() {
    Sequential m = VGG16.build(false, Shape.of(32, 32, 3), 1000, 42);
    for (Layer layer : m.layers()) {
      layer.setTrainable(false);
    }
    m.add(new Flatten());
    m.add(new Dense(64, "relu"));
    m.add(new Dense(10, "softmax"));
    m.compile("adam", "categorical_crossentropy");
    return m;
  }

  /** A step by hand: forward in training mode, loss, backward down to layer {@code stop}. */
  static void step(Sequential m, Tensor x, Tensor y, int stop) {
    List<Layer> layers = m.layers();
    layers.forEach(l -> l.parameters().forEach(Parameter::zeroGradient));
    Tensor out = x;
    for (Layer l : layers) {
      out = l.forward(out, true);
    }
    Tensor g = Tensor.zeros(out.shape());
    m.loss().compute(y, out, g);
    for (int i = layers.size() - 1; i >= stop; i--) {
      g = layers.get(i).backward(g);
    }
    m.optimizer().apply(m.trainableParameters());
  }

  public static void main(String[] args) {
    Sequential m = model();
    Tensor x = Tensor.randomUniform(Shape.of(BATCH, 32, 32, 3), 0, 255, 1);
    Tensor y = Tensor.zeros(BATCH, 10);
    for (int i = 0; i < BATCH; i++) {
      y.set(1f, i, i % 10);
    }
    int lowest = m.layers().size() - 2;
    Fit once = Fit.epochs(1).batchSize(BATCH).shuffle(false).verbose(0);
    double full = Timing.median(Timing.sortedMillis(() -> step(m, x, y, 0), 0, 7, 0));
    double stopped = Timing.median(Timing.sortedMillis(() -> step(m, x, y, lowest), 0, 7, 0));
    double fit = Timing.median(Timing.sortedMillis(() -> m.fit(x, y, once), 0, 7, 0));
    System.out.println("| step, batch 32 | median ms |");
    System.out.println("|---|---|");
    System.out.printf(Locale.ROOT, "| backward through every layer (before) | %.1f |%n", full);
    System.out.printf(Locale.ROOT, "| backward stopped at Dense(64) | %.1f |%n", stopped);
    System.out.printf(Locale.ROOT, "| fit on one batch (TrainStep, after) | %.1f |%n", fit);
    System.out.printf(Locale.ROOT, "| ratio before / after (fit) | %.2f |%n", full / fit);
  }
}
