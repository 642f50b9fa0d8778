package io.fovea.kernel;

import static io.fovea.kernel.KernelTesting.TAIL_LENGTHS;
import static io.fovea.kernel.KernelTesting.assertClose;
import static io.fovea.kernel.KernelTesting.bothPaths;
import static io.fovea.kernel.KernelTesting.randomArray;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChannelScaleShiftTest {

  private static final int[] ROWS = {0, 1, 3, 17, 5000};

  @Test
  void matchesReferenceOnRandomShapes() {
    for (Kernels k : bothPaths()) {
      for (int rows : ROWS) {
        for (int channels : new int[] {1, 3, 8, 33}) {
          for (boolean withShift : new boolean[] {true, false}) {
            check(k, rows, channels, withShift);
          }
        }
      }
    }
  }

  @Test
  void matchesReferenceAtTailLengths() {
    for (Kernels k : bothPaths()) {
      for (int channels : TAIL_LENGTHS) {
        if (channels > 0) {
          check(k, 3, channels, true);
        }
      }
    }
  }

  private static void check(Kernels k, int rows, int channels, boolean withShift) {
    long seed = 31L * rows + channels + (withShift ? 7 : 0);
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = randomArray(random, rows * channels + 2);
    float[] scale = randomArray(random, channels);
    float[] shift = withShift ? randomArray(random, channels) : null;
    float[] expected = new float[rows * channels];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < channels; c++) {
        float v = x[2 + r * channels + c] * scale[c];
        expected[r * channels + c] = withShift ? v + shift[c] : v;
      }
    }
    float[] y = new float[rows * channels + 1];
    k.channelScaleShift(rows, channels, x, 2, scale, shift, y, 1);
    String context =
        k.name()
            + " rows="
            + rows
            + " channels="
            + channels
            + " shift="
            + withShift
            + " seed="
            + seed;
    assertClose(expected, Arrays.copyOfRange(y, 1, y.length), 1e-6, context);
    k.channelScaleShift(rows, channels, x, 2, scale, shift, x, 2);
    assertClose(expected, Arrays.copyOfRange(x, 2, x.length), 1e-6, context + " in place");
  }
}
