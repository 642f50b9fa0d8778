package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Max and average pooling vectorised over channels (channels-last, so one window position is a run
 * of contiguous channels); the same results, bit for bit, as {@link ScalarPooling}, which also
 * handles the channels left over after the last whole vector.
 *
 * <p>Max: {@code y = x at the first window position holding the largest value} (a later position
 * wins only when strictly greater), argmax the index of that position. Average: the sum in window
 * order times {@code 1 / |window ∩ image|}. Split over output rows.
 */
final class VectorPooling {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorPooling() {}

  static void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax) {
    if (I.length() != L) {
      ScalarPooling.maxPool(g, x, xOff, y, argmax);
      return;
    }
    int whole = g.channels() / L * L;
    Parallel.forRange(
        g.batch() * g.outH(),
        4,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            int n = r / g.outH();
            int oy = r % g.outH();
            for (int ox = 0; ox < g.outW(); ox++) {
              for (int c = 0; c < whole; c += L) {
                maxWindow(g, x, xOff, y, argmax, n, oy, ox, c);
              }
              if (whole < g.channels()) {
                ScalarPooling.maxWindow(g, x, xOff, y, argmax, n, oy, ox, whole);
              }
            }
          }
        });
  }

  /** One vector of channels from {@code c} of one output pixel. */
  private static void maxWindow(
      PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax, int n, int oy, int ox, int c) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int width = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW()) - x0;
    int corner = n * g.inputImageSize() + (y0 * g.inW() + x0) * ch + c;
    IntVector iota = IntVector.zero(I).addIndex(1);
    FloatVector best = FloatVector.fromArray(S, x, xOff + corner);
    IntVector arg = iota.add(corner);
    // One flat loop over the window: C2 would box vectors live across a nested loop.
    for (int w = 1, count = (y1 - y0) * width; w < count; w++) {
      int in = corner + ((w / width) * g.inW() + w % width) * ch;
      FloatVector v = FloatVector.fromArray(S, x, xOff + in);
      VectorMask<Float> greater = v.compare(VectorOperators.GT, best);
      best = best.blend(v, greater);
      arg = arg.blend(iota.add(in), greater.cast(I));
    }
    int out = ((n * g.outH() + oy) * g.outW() + ox) * ch + c;
    best.intoArray(y, out);
    if (argmax != null) {
      arg.intoArray(argmax, out);
    }
  }

  static void avgPool(PoolGeometry g, float[] x, int xOff, float[] y) {
    int whole = g.channels() / L * L;
    Parallel.forRange(
        g.batch() * g.outH(),
        4,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            int n = r / g.outH();
            int oy = r % g.outH();
            for (int ox = 0; ox < g.outW(); ox++) {
              for (int c = 0; c < whole; c += L) {
                avgWindow(g, x, xOff, y, n, oy, ox, c);
              }
              if (whole < g.channels()) {
                ScalarPooling.avgWindow(g, x, xOff, y, n, oy, ox, whole);
              }
            }
          }
        });
  }

  private static void avgWindow(
      PoolGeometry g, float[] x, int xOff, float[] y, int n, int oy, int ox, int c) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int width = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW()) - x0;
    int corner = xOff + n * g.inputImageSize() + (y0 * g.inW() + x0) * ch + c;
    int count = (y1 - y0) * width;
    FloatVector sum = FloatVector.zero(S);
    for (int w = 0; w < count; w++) {
      sum = sum.add(FloatVector.fromArray(S, x, corner + ((w / width) * g.inW() + w % width) * ch));
    }
    sum.mul(1f / count).intoArray(y, ((n * g.outH() + oy) * g.outW() + ox) * ch + c);
  }

  static void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx) {
    int inImage = g.inputImageSize();
    int whole = g.channels() / L * L;
    // Windows may overlap: an image's sums stay on one thread, in the scalar order.
    Parallel.forRange(
        g.batch(),
        1,
        (from, to) -> {
          java.util.Arrays.fill(dx, from * inImage, to * inImage, 0f);
          for (int n = from; n < to; n++) {
            for (int oy = 0; oy < g.outH(); oy++) {
              for (int ox = 0; ox < g.outW(); ox++) {
                for (int c = 0; c < whole; c += L) {
                  spreadWindow(g, dy, dx, n, oy, ox, c);
                }
                if (whole < g.channels()) {
                  ScalarPooling.spreadWindow(g, dy, dx, n, oy, ox, whole);
                }
              }
            }
          }
        });
  }

  private static void spreadWindow(
      PoolGeometry g, float[] dy, float[] dx, int n, int oy, int ox, int c) {
    int ch = g.channels();
    int y0 = Math.max(oy * g.strideH() - g.padTop(), 0);
    int y1 = Math.min(oy * g.strideH() - g.padTop() + g.poolH(), g.inH());
    int x0 = Math.max(ox * g.strideW() - g.padLeft(), 0);
    int width = Math.min(ox * g.strideW() - g.padLeft() + g.poolW(), g.inW()) - x0;
    int corner = n * g.inputImageSize() + (y0 * g.inW() + x0) * ch + c;
    int count = (y1 - y0) * width;
    int out = ((n * g.outH() + oy) * g.outW() + ox) * ch + c;
    FloatVector share = FloatVector.fromArray(S, dy, out).mul(1f / count);
    for (int w = 0; w < count; w++) {
      int in = corner + ((w / width) * g.inW() + w % width) * ch;
      FloatVector.fromArray(S, dx, in).add(share).intoArray(dx, in);
    }
  }
}
