package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Im2colTest {

  private static final long SEED = 77L;

  @Test
  void im2colCopiesEachPatchWithZeroPadding() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED);
      for (ConvGeometry g : ConvReference.geometries(SEED, 30)) {
        int xOff = random.nextInt(4);
        float[] x = randomArray(random, xOff + g.batch() * g.inputImageSize());
        int first = random.nextInt(g.batch());
        int count = 1 + random.nextInt(g.batch() - first);
        float[] cols = randomArray(random, count * g.outPixels() * g.patchSize());
        k.im2col(g, x, xOff, first, count, cols);
        String context = k.name() + " seed " + SEED + " " + g + " first " + first;
        assertThat(cols).as(context).isEqualTo(reference(g, x, xOff, first, count));
      }
    }
  }

  @Test
  void col2imIsTheAdjointOfIm2colAndAccumulates() {
    for (Kernels k : bothPaths()) {
      SplittableRandom random = new SplittableRandom(SEED + 1);
      for (ConvGeometry g : ConvReference.geometries(SEED + 1, 30)) {
        float[] x = randomArray(random, g.batch() * g.inputImageSize());
        float[] c = randomArray(random, g.batch() * g.outPixels() * g.patchSize());
        float[] start = randomArray(random, x.length);
        float[] dx = start.clone();
        k.col2im(g, c, 0, g.batch(), dx, 0);
        float[] cols = reference(g, x, 0, 0, g.batch());
        double left = 0;
        double right = 0;
        for (int i = 0; i < cols.length; i++) {
          left += (double) cols[i] * c[i];
        }
        for (int i = 0; i < x.length; i++) {
          right += (double) x[i] * (dx[i] - start[i]);
        }
        String context = k.name() + " seed " + (SEED + 1) + " " + g;
        assertThat(right)
            .as(context)
            .isCloseTo(
                left, org.assertj.core.data.Offset.offset(1e-4 * Math.sqrt(cols.length + 1.0)));
      }
    }
  }

  private static float[] reference(ConvGeometry g, float[] x, int xOff, int first, int count) {
    float[] cols = new float[count * g.outPixels() * g.patchSize()];
    int at = 0;
    for (int n = first; n < first + count; n++) {
      for (int oy = 0; oy < g.outH(); oy++) {
        for (int ox = 0; ox < g.outW(); ox++) {
          for (int ky = 0; ky < g.kernelH(); ky++) {
            for (int kx = 0; kx < g.kernelW(); kx++) {
              for (int c = 0; c < g.inC(); c++, at++) {
                int iy = oy * g.strideH() - g.padTop() + ky;
                int ix = ox * g.strideW() - g.padLeft() + kx;
                boolean inside = iy >= 0 && iy < g.inH() && ix >= 0 && ix < g.inW();
                cols[at] = inside ? x[xOff + ConvReference.inIndex(g, n, iy, ix, c)] : 0f;
              }
            }
          }
        }
      }
    }
    return cols;
  }
}
