package io.fovea.examples;

import io.fovea.image.Filters;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.Layer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.plot.Plots;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Chapter 5 of the guide, CNN layers: how padding, strides and pooling change the shape of the
 * feature maps, pooling by hand, and where a CNN's parameters are.
 *
 * <p>Writes {@code pool-input.png} and {@code pool-output.png} into the folder {@code args[0]}.
 */
public final class CnnLayers {

  private CnnLayers() {}

  /** Runs the chapter; {@code args[0]} is the output folder. */
  public static void main(String[] args) throws IOException {
    Path out = Examples.outputFolder(args);

    // Output size per axis: (n + 2p - k) / s + 1, with p = 0 for valid and p = k / 2 for same.
    Sequential model =
        new Sequential(
            new Conv2D(16, 3).activation("relu").inputShape(28, 28, 1),
            new Conv2D(16, 3).padding("same").activation("relu"),
            new Conv2D(32, 3).strides(2).padding("same").activation("relu"),
            new MaxPooling2D(2),
            new Flatten(),
            new Dense(10, "softmax"));
    for (Layer layer : model.layers()) {
      System.out.println(layer.name() + " -> " + layer.outputShape());
    }
    model.summary();

    // Pooling by hand: the max (or the mean) of each 2x2 window, moved by 2.
    Tensor x =
        Tensor.of(
            new float[][] {
              {1, 3, 2, 0},
              {5, 6, 1, 2},
              {0, 2, 9, 4},
              {3, 1, 7, 8}
            });
    Tensor max = Filters.maxPool(x, 2);
    Tensor mean = Filters.averagePool(x, 2);
    System.out.println("max pool " + max);
    System.out.println("average pool " + mean);
    Plots.pixelValues(x, out.resolve("pool-input.png"));
    Plots.pixelValues(max, out.resolve("pool-output.png"));
  }
}
