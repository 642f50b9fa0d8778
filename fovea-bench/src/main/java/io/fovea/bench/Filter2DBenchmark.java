package io.fovea.bench;

import io.fovea.image.Border;
import io.fovea.image.Filters;
import io.fovea.image.Kernels2D;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Parallel;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.Locale;

/**
 * Times {@link Filters#filter2D} on a photo-sized image and prints one markdown table row per case:
 * 1000x1000 gray and RGB with a 3x3 Sobel kernel (float and 8-bit output) and a 5x5 Gaussian. Each
 * case is warmed up for {@code -Dbench.warmup=2} seconds, then run {@code -Dbench.samples=15}
 * times; the row shows the median and the fastest call in milliseconds.
 */
public final class Filter2DBenchmark {

  private static final double WARMUP_SECONDS =
      Double.parseDouble(System.getProperty("bench.warmup", "2"));
  private static final int SAMPLES = Integer.getInteger("bench.samples", 15);

  private Filter2DBenchmark() {}

  public static void main(String[] args) {
    Tensor gray = Tensor.randomUniform(Shape.of(1000, 1000), 0, 255, 1L);
    Tensor rgb = Tensor.randomUniform(Shape.of(1000, 1000, 3), 0, 255, 2L);
    System.out.println("| kernels | image | kernel | output | threads | median ms | best ms |");
    System.out.println("|---|---|---|---|---|---|---|");
    report("1000x1000", "sobelX 3x3", false, gray, Kernels2D.sobelX());
    report("1000x1000", "sobelX 3x3", true, gray, Kernels2D.sobelX());
    report("1000x1000x3", "sobelX 3x3", false, rgb, Kernels2D.sobelX());
    report("1000x1000x3", "gaussian 5x5", true, rgb, Kernels2D.gaussian(5, 1.0));
  }

  private static void report(String image, String kernel, boolean saturate, Tensor x, Tensor k) {
    Runnable call = () -> Filters.filter2D(x, k, Border.REFLECT_101, saturate);
    double[] ms = Timing.sortedMillis(call, WARMUP_SECONDS, SAMPLES, 0);
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %s | %d | %.2f | %.2f |%n",
        Kernels.get().name(),
        image,
        kernel,
        saturate ? "8-bit" : "float",
        Parallel.threads(),
        Timing.median(ms),
        ms[0]);
  }
}
