package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.assertClose;
import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConvTest {

  private static final long SEED = 20240611L;

  /** Float error grows with the number of products summed into one output. */
  private static double tolerance(int reduction) {
    return 2e-6 * reduction + 1e-5;
  }

  private static String describe(Kernels k, long seed, ConvGeometry g) {
    return k.name() + " seed " + seed + " " + g;
  }

  @Test
  void conv2dMatchesReferenceOnManyGeometries() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED);
      for (ConvGeometry g : ConvReference.geometries(SEED, 50)) {
        int xOff = random.nextInt(5);
        int yOff = random.nextInt(5);
        float[] x = randomArray(random, xOff + g.batch() * g.inputImageSize());
        float[] kernel = randomArray(random, g.kernelSize());
        float[] bias = random.nextBoolean() ? randomArray(random, g.outC()) : null;
        float[] y = randomArray(random, yOff + g.batch() * g.outputImageSize() + 3);
        float[] before = y.clone();
        k.conv2d(g, x, xOff, kernel, bias, y, yOff);
        float[] expected = ConvReference.conv(g, x, xOff, kernel, bias);
        String context = describe(k, SEED, g) + " bias " + (bias != null);
        assertClose(
            expected,
            Arrays.copyOfRange(y, yOff, yOff + expected.length),
            tolerance(g.patchSize()),
            context);
        assertThat(Arrays.copyOfRange(y, 0, yOff))
            .as(context)
            .isEqualTo(Arrays.copyOfRange(before, 0, yOff));
        assertThat(Arrays.copyOfRange(y, yOff + expected.length, y.length))
            .as(context)
            .isEqualTo(Arrays.copyOfRange(before, yOff + expected.length, y.length));
      }
    }
  }

  @Test
  void backwardInputOverwritesWithReference() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 1);
      for (ConvGeometry g : ConvReference.geometries(SEED + 1, 50)) {
        float[] dy = randomArray(random, g.batch() * g.outputImageSize());
        float[] kernel = randomArray(random, g.kernelSize());
        float[] dx = randomArray(random, g.batch() * g.inputImageSize());
        k.conv2dBackwardInput(g, dy, kernel, dx);
        int reduction = g.kernelH() * g.kernelW() * g.outC();
        assertClose(
            ConvReference.backwardInput(g, dy, kernel),
            dx,
            tolerance(reduction),
            describe(k, SEED + 1, g));
      }
    }
  }

  @Test
  void backwardKernelAccumulatesReference() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 2);
      for (ConvGeometry g : ConvReference.geometries(SEED + 2, 50)) {
        int xOff = random.nextInt(5);
        float[] x = randomArray(random, xOff + g.batch() * g.inputImageSize());
        float[] dy = randomArray(random, g.batch() * g.outputImageSize());
        float[] dKernel = randomArray(random, g.kernelSize());
        float[] dBias = random.nextBoolean() ? randomArray(random, g.outC()) : null;
        float[] expectedKernel = ConvReference.backwardKernel(g, x, xOff, dy);
        float[] expectedBias = dBias == null ? null : dBias.clone();
        for (int i = 0; i < expectedKernel.length; i++) {
          expectedKernel[i] += dKernel[i];
        }
        for (int i = 0; expectedBias != null && i < dy.length; i++) {
          expectedBias[i % g.outC()] += dy[i];
        }
        k.conv2dBackwardKernel(g, x, xOff, dy, dKernel, dBias);
        String context = describe(k, SEED + 2, g);
        double tol = tolerance(g.batch() * g.outPixels());
        assertClose(expectedKernel, dKernel, tol, context + " dKernel");
        if (dBias != null) {
          assertClose(expectedBias, dBias, tol, context + " dBias");
        }
      }
    }
  }

  @Test
  void backwardPassesAreAdjointsOfForward() {
    // y = conv(x, K) is linear in x and in K: <y, dy> = <x, dx> = <K, dK>.
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 3);
      for (ConvGeometry g : ConvReference.geometries(SEED + 3, 20)) {
        float[] x = randomArray(random, g.batch() * g.inputImageSize());
        float[] kernel = randomArray(random, g.kernelSize());
        float[] dy = randomArray(random, g.batch() * g.outputImageSize());
        float[] y = new float[dy.length];
        float[] dx = new float[x.length];
        float[] dKernel = new float[kernel.length];
        k.conv2d(g, x, 0, kernel, null, y, 0);
        k.conv2dBackwardInput(g, dy, kernel, dx);
        k.conv2dBackwardKernel(g, x, 0, dy, dKernel, null);
        double forward = dot(y, dy);
        double scale = Math.max(1, Math.sqrt((double) dy.length * g.patchSize()));
        String context = describe(k, SEED + 3, g);
        assertThat(dot(x, dx))
            .as(context + " <x, dx>")
            .isCloseTo(forward, org.assertj.core.data.Offset.offset(1e-4 * scale));
        assertThat(dot(kernel, dKernel))
            .as(context + " <K, dK>")
            .isCloseTo(forward, org.assertj.core.data.Offset.offset(1e-4 * scale));
      }
    }
  }

  @Test
  void batchLargerThanOneUnfoldingChunkMatchesReference() {
    // 2304 pixels x 144 patch entries per image: the 4M-float im2col buffer holds 12 images.
    ConvGeometry g = ConvGeometry.of(13, 48, 48, 16, 3, 3, 9, 1, 1, Padding.SAME);
    assertThat(ScalarConv.imagesPerChunk(g)).isLessThan(g.batch());
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 5);
      float[] x = randomArray(random, g.batch() * g.inputImageSize());
      float[] kernel = randomArray(random, g.kernelSize());
      float[] dy = randomArray(random, g.batch() * g.outputImageSize());
      float[] y = new float[dy.length];
      float[] dx = new float[x.length];
      float[] dKernel = new float[kernel.length];
      k.conv2d(g, x, 0, kernel, null, y, 0);
      k.conv2dBackwardInput(g, dy, kernel, dx);
      k.conv2dBackwardKernel(g, x, 0, dy, dKernel, null);
      String context = describe(k, SEED + 5, g);
      assertClose(
          ConvReference.conv(g, x, 0, kernel, null), y, tolerance(g.patchSize()), context + " y");
      assertClose(ConvReference.backwardInput(g, dy, kernel), dx, tolerance(81), context + " dx");
      assertClose(
          ConvReference.backwardKernel(g, x, 0, dy),
          dKernel,
          tolerance(g.batch() * g.outPixels()),
          context + " dKernel");
    }
  }

  @Test
  void emptyBatchWritesNothing() {
    ConvGeometry g = ConvGeometry.of(0, 5, 5, 3, 3, 3, 32, 1, 1, Padding.SAME);
    for (Kernels k : bothPaths()) {
      float[] dKernel = new float[g.kernelSize()];
      k.conv2d(g, new float[0], 0, new float[g.kernelSize()], null, new float[0], 0);
      k.conv2dBackwardInput(g, new float[0], new float[g.kernelSize()], new float[0]);
      k.conv2dBackwardKernel(g, new float[0], 0, new float[0], dKernel, null);
      assertThat(dKernel).as(k.name()).containsOnly(0f);
    }
  }

  @Test
  void vectorMatchesScalarAtTailChannelCounts() {
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    Kernels scalar = KernelSelector.scalar();
    SplittableRandom random = new SplittableRandom(SEED + 4);
    for (int outC : KernelTesting.TAIL_LENGTHS) {
      if (outC == 0 || outC > 100) {
        continue;
      }
      int inC = 1 + random.nextInt(20);
      for (int stride = 1; stride <= 2; stride++) {
        ConvGeometry g = ConvGeometry.of(2, 6, 5, inC, 3, 3, outC, stride, stride, Padding.SAME);
        float[] x = randomArray(random, g.batch() * g.inputImageSize());
        float[] kernel = randomArray(random, g.kernelSize());
        float[] bias = randomArray(random, outC);
        float[] dy = randomArray(random, g.batch() * g.outputImageSize());
        String context = "seed " + (SEED + 4) + " " + g;
        float[][] s = passes(scalar, g, x, kernel, bias, dy);
        float[][] v = passes(vector, g, x, kernel, bias, dy);
        assertClose(s[0], v[0], tolerance(g.patchSize()), context + " y");
        assertClose(s[1], v[1], tolerance(9 * outC), context + " dx");
        assertClose(s[2], v[2], tolerance(g.batch() * g.outPixels()), context + " dKernel");
      }
    }
  }

  private static float[][] passes(
      Kernels k, ConvGeometry g, float[] x, float[] kernel, float[] bias, float[] dy) {
    float[] y = new float[dy.length];
    float[] dx = new float[x.length];
    float[] dKernel = new float[kernel.length];
    k.conv2d(g, x, 0, kernel, bias, y, 0);
    k.conv2dBackwardInput(g, dy, kernel, dx);
    k.conv2dBackwardKernel(g, x, 0, dy, dKernel, null);
    return new float[][] {y, dx, dKernel};
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }
}
