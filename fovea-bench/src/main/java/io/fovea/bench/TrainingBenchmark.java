package io.fovea.bench;

import io.fovea.kernel.Parallel;
import io.fovea.model.Fit;
import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.optimizers.Adam;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Locale;

/**
 * End-to-end figures for {@code docs/benchmarks.md}: one training epoch of the 220,234-parameter
 * MNIST CNN on 60,000 synthetic 28x28x1 images (Adam, batch 64), and inference throughput at batch
 * 256, each after a warm-up. Prints markdown table rows.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp fovea-bench.jar
 * io.fovea.bench.TrainingBenchmark [samples]} (default 60000; fewer for a quick look).
 */
public final class TrainingBenchmark {

  private TrainingBenchmark() {}

  static Sequential mnistCnn() {
    Sequential m = new Sequential().seed(42);
    m.add(new Conv2D(32, 3).padding("same").activation("relu").inputShape(28, 28, 1));
    m.add(new MaxPooling2D(2));
    m.add(new Conv2D(64, 3).padding("same").activation("relu"));
    m.add(new MaxPooling2D(2));
    m.add(new Flatten());
    m.add(new Dense(64, "relu"));
    m.add(new Dense(10, "softmax"));
    return m;
  }

  /** Random images in [0, 1) with random one-hot labels. */
  static Tensor[] data(int n, long seed) {
    Rng rng = new Rng(seed);
    Tensor x = rng.uniform(Shape.of(n, 28, 28, 1), 0f, 1f);
    Tensor y = Tensor.zeros(n, 10);
    for (int i = 0; i < n; i++) {
      y.set(1f, i, rng.nextInt(10));
    }
    return new Tensor[] {x, y};
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
    Tensor[] d = data(n, 1);
    Sequential model = mnistCnn();
    model.compile(new Adam(0.001), "categorical_crossentropy", "accuracy");
    // Warm-up: a few hundred steps so the JIT compiles the hot loops.
    int warm = Math.min(n, 64 * 50);
    model.fit(d[0].slice(0, warm), d[1].slice(0, warm), Fit.epochs(1).batchSize(64).verbose(0));
    long t0 = System.nanoTime();
    model.fit(d[0], d[1], Fit.epochs(1).batchSize(64).verbose(0).seed(7));
    double epochSeconds = (System.nanoTime() - t0) / 1e9;
    int steps = (n + 63) / 64;

    model.predict(d[0].slice(0, Math.min(n, 2048)), 256);
    long t1 = System.nanoTime();
    int inferN = Math.min(n, 10_240);
    model.predict(d[0].slice(0, inferN), 256);
    double inferSeconds = (System.nanoTime() - t1) / 1e9;

    System.out.println("| benchmark | value |");
    System.out.println("|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| MNIST CNN (%,d params), 1 epoch, %,d images, Adam, batch 64 "
            + "| %.1f s (%.1f ms/step) |%n",
        model.countParams(),
        n,
        epochSeconds,
        epochSeconds * 1e3 / steps);
    System.out.printf(
        Locale.ROOT,
        "| MNIST CNN inference, batch 256 | %,.0f images/s |%n",
        inferN / inferSeconds);
    System.out.printf(Locale.ROOT, "| threads | %d |%n", Parallel.threads());
  }
}
