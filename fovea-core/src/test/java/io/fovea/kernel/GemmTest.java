package io.fovea.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GemmTest {

  private enum Form {
    NN,
    TN,
    NT
  }

  private static final int[] SIZES = {1, 2, 5, 6, 7, 15, 16, 17, 33, 97};

  private static final int[][] EXTRA_SHAPES = {
    {0, 5, 3},
    {5, 0, 3},
    {5, 3, 0},
    {0, 0, 0},
    {1, 1, 1},
    {1, 200, 37},
    {200, 1, 37},
    {37, 45, 1},
    {1, 1, 300},
    {6, 64, 64},
    {12, 128, 7},
    {130, 70, 300},
    {64, 300, 130},
    {301, 65, 20},
    {7, 129, 385},
    {200, 200, 800},
    {5, 1100, 7}
  };

  @Test
  void matchesReferenceOnSmallShapesForEveryForm() {
    SplittableRandom shapes = new SplittableRandom(7);
    for (Kernels kernels : KernelTesting.bothPaths()) {
      for (int m : SIZES) {
        for (int n : SIZES) {
          int k = SIZES[shapes.nextInt(SIZES.length)];
          checkAllForms(kernels, m, n, k, 1000L * m + n);
        }
      }
    }
  }

  @Test
  void matchesReferenceOnSkinnyLargeAndEmptyShapes() {
    for (Kernels kernels : KernelTesting.bothPaths()) {
      for (int[] s : EXTRA_SHAPES) {
        checkAllForms(kernels, s[0], s[1], s[2], 31L * s[0] + 7L * s[1] + s[2]);
      }
    }
  }

  @Test
  void matchesReferenceOnRandomShapes() {
    SplittableRandom shapes = new SplittableRandom(20261123);
    for (Kernels kernels : KernelTesting.bothPaths()) {
      for (int t = 0; t < 40; t++) {
        int m = 1 + shapes.nextInt(150);
        int n = 1 + shapes.nextInt(150);
        int k = 1 + shapes.nextInt(150);
        checkAllForms(kernels, m, n, k, shapes.nextLong());
      }
    }
  }

  @Test
  void leavesMemoryOutsideTheOutputUntouched() {
    for (Kernels kernels : KernelTesting.bothPaths()) {
      int m = 13;
      int n = 70;
      int k = 9;
      float[] a = new float[3 + m * k];
      float[] b = new float[5 + k * n];
      float[] c = new float[7 + m * n + 11];
      java.util.Arrays.fill(c, 42f);
      kernels.gemm(m, n, k, a, 3, b, 5, c, 7, false);
      for (int i = 0; i < c.length; i++) {
        boolean inside = i >= 7 && i < 7 + m * n;
        assertThat(c[i]).as("%s: element %d", kernels.name(), i).isEqualTo(inside ? 0f : 42f);
      }
    }
  }

  @Test
  void vectorResultDoesNotDependOnTheBlockGrid() {
    // Each element is summed by one micro-kernel in ascending k whatever the grid, so a product
    // planned for one thread and for four threads is bit-for-bit the same.
    Kernels vector = KernelSelector.vectorOrNull();
    if (vector == null) {
      return;
    }
    SplittableRandom random = new SplittableRandom(99);
    int m = 301;
    int n = 517;
    int k = 700;
    float[] a = KernelTesting.randomArray(random, m * k);
    float[] b = KernelTesting.randomArray(random, k * n);
    float[] expected = new float[m * n];
    float[] actual = new float[m * n];
    runPlanned(1, m, n, k, a, b, expected);
    runPlanned(4, m, n, k, a, b, actual);
    assertThat(actual).as("shape %dx%dx%d", m, n, k).containsExactly(expected);
  }

  private static void runPlanned(
      int threads, int m, int n, int k, float[] a, float[] b, float[] c) {
    VectorGemmJob job = new VectorGemmJob();
    job.set(m, n, k, a, 0, k, 1, b, 0, n, 1, c, 0, false);
    VectorGemm.plan(job, threads);
    job.run(0, job.rowBlocks * job.colBlocks);
    if (threads > 1) {
      assertThat(job.rowBlocks * job.colBlocks).isGreaterThan(1);
    }
  }

  private static void checkAllForms(Kernels kernels, int m, int n, int k, long seed) {
    for (Form form : Form.values()) {
      for (boolean accumulate : new boolean[] {false, true}) {
        check(kernels, form, accumulate, m, n, k, seed);
      }
    }
  }

  private static void check(
      Kernels kernels, Form form, boolean accumulate, int m, int n, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int aOff = random.nextInt(5);
    int bOff = random.nextInt(5);
    int cOff = random.nextInt(5);
    float[] a = KernelTesting.randomArray(random, aOff + m * k + 3);
    float[] b = KernelTesting.randomArray(random, bOff + k * n + 3);
    float[] c = KernelTesting.randomArray(random, cOff + m * n + 3);
    float[] expected = reference(form, accumulate, m, n, k, a, aOff, b, bOff, c, cOff);
    switch (form) {
      case NN -> kernels.gemm(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
      case TN -> kernels.gemmTN(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
      case NT -> kernels.gemmNT(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
    }
    String context =
        String.format(
            "%s %s accumulate=%b m=%d n=%d k=%d seed=%d",
            kernels.name(), form, accumulate, m, n, k, seed);
    KernelTesting.assertClose(expected, c, 1e-5 * Math.sqrt(k + 1) * 4, context);
  }

  /** Triple loop in double precision over the stored layouts of each form. */
  private static float[] reference(
      Form form,
      boolean accumulate,
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff) {
    float[] out = c.clone();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = accumulate ? c[cOff + i * n + j] : 0;
        for (int p = 0; p < k; p++) {
          double x = form == Form.TN ? a[aOff + p * m + i] : a[aOff + i * k + p];
          double y = form == Form.NT ? b[bOff + j * k + p] : b[bOff + p * n + j];
          s += x * y;
        }
        out[cOff + i * n + j] = (float) s;
      }
    }
    return out;
  }
}
