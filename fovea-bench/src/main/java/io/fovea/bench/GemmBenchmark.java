package io.fovea.bench;

import io.fovea.kernel.KernelSelector;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Parallel;
import java.util.SplittableRandom;

/**
 * SGEMM throughput of the Fovea kernels: {@code C[m,n] = A[m,k] * B[k,n]} in GFLOPS ({@code 2 m n
 * k} per product), the median of timed repetitions after a warm-up that lets the JIT compile the
 * micro-kernels.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -Dfovea.threads=T -cp fovea-bench.jar
 * io.fovea.bench.GemmBenchmark WARMUP_SECONDS REPS [FORM:]MxNxK...} where FORM is {@code nn}
 * (default, {@code A * B}), {@code tn} ({@code A^T * B}) or {@code nt} ({@code A * B^T}); prints
 * one line per shape: {@code RESULT fovea-<kernels> [FORM:]MxNxK threads gflops}.
 */
public final class GemmBenchmark {

  private GemmBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: GemmBenchmark WARMUP_SECONDS REPS MxNxK...");
      System.exit(2);
    }
    double warmup = Double.parseDouble(args[0]);
    int reps = Integer.parseInt(args[1]);
    Kernels kernels = Kernels.get();
    System.out.println(
        "kernels: "
            + kernels.name()
            + " lanes="
            + kernels.lanes()
            + " ("
            + KernelSelector.reason()
            + "), threads="
            + Parallel.threads());
    for (int s = 2; s < args.length; s++) {
      String form = args[s].contains(":") ? args[s].substring(0, args[s].indexOf(':')) : "nn";
      String[] dims = args[s].substring(args[s].indexOf(':') + 1).split("x");
      int m = Integer.parseInt(dims[0]);
      int n = Integer.parseInt(dims[1]);
      int k = Integer.parseInt(dims[2]);
      double gflops = measure(kernels, form, m, n, k, warmup, reps);
      System.out.printf(
          "RESULT fovea-%s %s %d %.1f%n", kernels.name(), args[s], Parallel.threads(), gflops);
    }
  }

  private static double measure(
      Kernels kernels, String form, int m, int n, int k, double warmup, int reps) {
    SplittableRandom random = new SplittableRandom(42);
    float[] a = random(random, m * k);
    float[] b = random(random, k * n);
    float[] c = new float[m * n];
    double[] ms =
        Timing.sortedMillis(() -> multiply(kernels, form, m, n, k, a, b, c), warmup, reps, 0.2);
    return 2.0 * m * n * k / Timing.median(ms) / 1e6;
  }

  private static void multiply(
      Kernels kernels, String form, int m, int n, int k, float[] a, float[] b, float[] c) {
    switch (form) {
      case "nn" -> kernels.gemm(m, n, k, a, 0, b, 0, c, 0, false);
      case "tn" -> kernels.gemmTN(m, n, k, a, 0, b, 0, c, 0, false);
      case "nt" -> kernels.gemmNT(m, n, k, a, 0, b, 0, c, 0, false);
      default -> throw new IllegalArgumentException("form: expected nn, tn or nt, got " + form);
    }
  }

  private static float[] random(SplittableRandom random, int size) {
    float[] x = new float[size];
    for (int i = 0; i < size; i++) {
      x[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return x;
  }
}
