package io.fovea.bench;

import io.fovea.applications.VGG16;
import io.fovea.model.Sequential;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Locale;

/**
 * A full-size VGG16 forward pass (138,357,544 parameters, random weights) on one 224x224x3 image,
 * and on a batch of 8: warm-up, then the median of timed runs. Prints markdown rows.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp fovea-bench.jar
 * io.fovea.bench.Vgg16Benchmark}.
 */
public final class Vgg16Benchmark {

  private Vgg16Benchmark() {}

  public static void main(String[] args) {
    Sequential model = VGG16.build(true);
    System.out.println("| batch | median ms | images/s |");
    System.out.println("|---|---|---|");
    for (int batch : new int[] {1, 8}) {
      Tensor x = Tensor.randomUniform(Shape.of(batch, 224, 224, 3), 0, 255, 1);
      // 3 warm-up runs (the minimum), then the median of 7 single runs.
      double[] ms = Timing.sortedMillis(() -> model.predict(x, batch), 0, 7, 0);
      double median = Timing.median(ms);
      System.out.printf(
          Locale.ROOT, "| %d | %.1f | %.1f |%n", batch, median, batch * 1000.0 / median);
    }
  }
}
