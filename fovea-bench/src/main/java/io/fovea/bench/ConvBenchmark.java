package io.fovea.bench;

import io.fovea.kernel.ConvGeometry;
import io.fovea.kernel.KernelSelector;
import io.fovea.kernel.Kernels;
import io.fovea.kernel.Padding;
import io.fovea.kernel.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times the three convolution passes and prints one markdown table row per pass.
 *
 * <p>Each pass does {@code 2 * batch * outH * outW * outC * kh * kw * inC} flops. A pass is warmed
 * up for {@code -Dbench.warmup=3} seconds, then timed in {@code -Dbench.samples=11} samples of
 * about 0.2 s each; the row shows the median milliseconds per call, the GFLOPS that gives, and the
 * GFLOPS of the fastest sample (the machine is shared, so the spread is wide). Arguments: {@code
 * vector}, {@code scalar} or {@code selected} (default) for the kernels, and {@code --more} to add
 * larger layers to the default one (batch 64, 14x14x32 to 64 filters, 3x3, same).
 */
public final class ConvBenchmark {

  private static final double WARMUP_SECONDS =
      Double.parseDouble(System.getProperty("bench.warmup", "3"));
  private static final int SAMPLES = Integer.getInteger("bench.samples", 11);

  private ConvBenchmark() {}

  public static void main(String[] args) {
    List<String> options = Arrays.asList(args);
    List<Kernels> paths = new ArrayList<>();
    if (options.contains("scalar")) {
      paths.add(KernelSelector.scalar());
    }
    if (options.contains("vector") && KernelSelector.vectorOrNull() != null) {
      paths.add(KernelSelector.vectorOrNull());
    }
    if (paths.isEmpty()) {
      paths.add(Kernels.get());
    }
    List<ConvGeometry> shapes = new ArrayList<>();
    shapes.add(ConvGeometry.of(64, 14, 14, 32, 3, 3, 64, 1, 1, Padding.SAME));
    if (options.contains("--more")) {
      shapes.add(ConvGeometry.of(32, 28, 28, 32, 3, 3, 32, 1, 1, Padding.SAME));
      shapes.add(ConvGeometry.of(8, 56, 56, 64, 3, 3, 64, 1, 1, Padding.SAME));
      shapes.add(ConvGeometry.of(64, 28, 28, 16, 3, 3, 32, 2, 2, Padding.SAME));
      shapes.add(ConvGeometry.of(8, 28, 28, 256, 3, 3, 256, 1, 1, Padding.SAME));
      shapes.add(ConvGeometry.of(4, 14, 14, 512, 3, 3, 512, 1, 1, Padding.SAME));
    }
    System.out.println("| kernels | pass | shape | threads | ms/call | GFLOPS | best GFLOPS |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Kernels k : paths) {
      for (ConvGeometry g : shapes) {
        benchmark(k, g);
      }
    }
  }

  private static void benchmark(Kernels k, ConvGeometry g) {
    SplittableRandom random = new SplittableRandom(1);
    float[] x = random(random, g.batch() * g.inputImageSize());
    float[] kernel = random(random, g.kernelSize());
    float[] bias = random(random, g.outC());
    float[] dy = random(random, g.batch() * g.outputImageSize());
    float[] y = new float[dy.length];
    float[] dx = new float[x.length];
    float[] dKernel = new float[kernel.length];
    float[] dBias = new float[bias.length];
    double flops = 2.0 * g.batch() * g.outPixels() * g.outC() * g.patchSize();
    report(k, "conv2d", g, flops, () -> k.conv2d(g, x, 0, kernel, bias, y, 0));
    report(k, "backward input", g, flops, () -> k.conv2dBackwardInput(g, dy, kernel, dx));
    report(
        k, "backward kernel", g, flops, () -> k.conv2dBackwardKernel(g, x, 0, dy, dKernel, dBias));
  }

  private static void report(Kernels k, String pass, ConvGeometry g, double flops, Runnable call) {
    double[] samples = Timing.sortedMillis(call, WARMUP_SECONDS, SAMPLES, 0.2);
    double ms = Timing.median(samples);
    String shape =
        String.format(
            Locale.ROOT,
            "%d x %dx%dx%d -> %d, %dx%d s%d %s",
            g.batch(),
            g.inH(),
            g.inW(),
            g.inC(),
            g.outC(),
            g.kernelH(),
            g.kernelW(),
            g.strideH(),
            g.padTop() > 0 || g.padBottom() > 0 ? "same" : "valid");
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %s | %d | %.3f | %.1f | %.1f |%n",
        k.name(),
        pass,
        shape,
        Parallel.threads(),
        ms,
        flops / ms / 1e6,
        flops / samples[0] / 1e6);
  }

  private static float[] random(SplittableRandom random, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return a;
  }
}
