package io.fovea.bench;

import io.fovea.kernel.Activation;
import io.fovea.kernel.KernelSelector;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times four elementwise kernels on 1M floats, scalar and vector paths, and prints one markdown
 * table row per kernel and path: {@code add} ({@code c = a + b}), {@code sum} (accumulated in
 * double), {@code sigmoid} ({@code biasActivation} without bias on 1024x1024) and {@code softmax}
 * on 1024 rows of 1000. Each is warmed up for {@code -Dbench.warmup=1} second, then timed in {@code
 * -Dbench.samples=11} samples of about 0.1 s; the row shows the median and the fastest sample in
 * microseconds per call.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -Dfovea.threads=T -cp fovea-bench.jar
 * io.fovea.bench.ElementwiseBenchmark}.
 */
public final class ElementwiseBenchmark {

  private static final double WARMUP_SECONDS =
      Double.parseDouble(System.getProperty("bench.warmup", "1"));
  private static final int SAMPLES = Integer.getInteger("bench.samples", 11);
  private static final int N = 1 << 20;

  private ElementwiseBenchmark() {}

  public static void main(String[] args) {
    List<Kernels> paths = new ArrayList<>();
    paths.add(KernelSelector.scalar());
    if (KernelSelector.vectorOrNull() != null) {
      paths.add(KernelSelector.vectorOrNull());
    }
    SplittableRandom random = new SplittableRandom(1);
    float[] a = new float[N];
    float[] b = new float[N];
    for (int i = 0; i < N; i++) {
      a[i] = (float) (random.nextDouble() * 2 - 1);
      b[i] = (float) (random.nextDouble() * 2 - 1);
    }
    float[] out = new float[N];
    System.out.println("| kernel | kernels | threads | median µs | best µs |");
    System.out.println("|---|---|---|---|---|");
    for (Kernels k : paths) {
      report("add, 1M", k, () -> k.add(N, a, 0, b, 0, out, 0));
      report("sum, 1M", k, () -> k.sum(N, a, 0));
      report(
          "sigmoid, 1024x1024",
          k,
          () -> k.biasActivation(1024, 1024, a, 0, null, Activation.SIGMOID, out, 0));
      report("softmax, 1024x1000", k, () -> k.softmax(1024, 1000, a, 0, out, 0));
    }
  }

  private static void report(String kernel, Kernels k, Runnable call) {
    double[] ms = Timing.sortedMillis(call, WARMUP_SECONDS, SAMPLES, 0.1);
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %.0f | %.0f |%n",
        kernel,
        k.name(),
        Parallel.threads(),
        Timing.median(ms) * 1e3,
        ms[0] * 1e3);
  }
}
