package io.fovea.kernel;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Input gradient of a strided convolution by direct scatter, vectorised over input channels.
 *
 * <p>{@code dx[n, oy*sh + ky, ox*sw + kx, c] += sum over o of dy[n, oy, ox, o] * wt[ky, kx, o, c]}
 * in padded coordinates, with {@code wt} the kernel transposed to {@code [kh, kw, outC, icp]}
 * ({@code icp} = input channels rounded up to whole vectors, zeros beyond {@code inC}). The sums go
 * into a zero-padded gradient buffer {@code [count, ph, pw, icp]} whose inner part is then copied
 * out to {@code dx}.
 *
 * <p>A tile is four output pixels of one row and one kernel tap: the four input pixels they reach
 * are distinct, so up to 16 accumulators (four pixels times four vectors of channels) are loaded,
 * summed over the output channels and stored back. Images are split over threads; within an image
 * the order is fixed (rows, taps, tiles), so the result does not depend on the thread count. Used
 * for strides above 1, where the stride-1 gather of {@link VectorConv} does not apply.
 */
final class VectorConvInputGrad {

  private static final VectorSpecies<Float> S = VectorConvForward.S;
  private static final int L = VectorConvForward.L;

  private VectorConvInputGrad() {}

  /**
   * Writes {@code dx} for images {@code first .. first + count - 1}.
   *
   * @param dy read, the whole output gradient
   * @param wt read, the transposed kernel {@code [kh * kw * outC, icp]}
   * @param buffer scratch, at least {@code count * ph * pw * icp} floats
   * @param dx written, the whole input gradient
   */
  static void run(
      ConvGeometry g,
      float[] dy,
      float[] wt,
      int icp,
      float[] buffer,
      int ph,
      int pw,
      int first,
      int count,
      float[] dx) {
    int image = ph * pw * icp;
    Parallel.forRange(
        count,
        1,
        (from, to) -> {
          for (int n = from; n < to; n++) {
            int base = n * image;
            Arrays.fill(buffer, base, base + image, 0f);
            for (int oy = 0; oy < g.outH(); oy++) {
              for (int ky = 0; ky < g.kernelH(); ky++) {
                for (int kx = 0; kx < g.kernelW(); kx++) {
                  int row = base + ((oy * g.strideH() + ky) * pw + kx) * icp;
                  int dyRow = ((first + n) * g.outH() + oy) * g.outW() * g.outC();
                  int tap = (ky * g.kernelW() + kx) * g.outC() * icp;
                  for (int ox = 0; ox < g.outW(); ox += 4) {
                    tile(g, buffer, row, dy, dyRow, wt, tap, icp, ox);
                  }
                }
              }
            }
            copyOut(g, buffer, base, ph, pw, icp, dx, first + n);
          }
        });
  }

  private static void tile(
      ConvGeometry g,
      float[] buf,
      int row,
      float[] dy,
      int dyRow,
      float[] wt,
      int tap,
      int icp,
      int ox) {
    int np = Math.min(4, g.outW() - ox);
    int step = g.strideW() * icp;
    int outC = g.outC();
    int b0 = row + ox * step;
    int b1 = b0 + Math.min(1, np - 1) * step;
    int b2 = b0 + Math.min(2, np - 1) * step;
    int b3 = b0 + Math.min(3, np - 1) * step;
    int y0 = dyRow + ox * outC;
    int y1 = y0 + Math.min(1, np - 1) * outC;
    int y2 = y0 + Math.min(2, np - 1) * outC;
    int y3 = y0 + Math.min(3, np - 1) * outC;
    int nv = icp / L;
    for (int v = 0; v < nv; v += 4) {
      int ch = v * L;
      if (nv - v >= 4) {
        four(
            buf, b0 + ch, b1 + ch, b2 + ch, b3 + ch, dy, y0, y1, y2, y3, wt, tap + ch, icp, outC,
            np);
      } else {
        for (int u = v; u < nv; u++) {
          one(
              buf,
              b0 + u * L,
              b1 + u * L,
              b2 + u * L,
              b3 + u * L,
              dy,
              y0,
              y1,
              y2,
              y3,
              wt,
              tap + u * L,
              icp,
              outC,
              np);
        }
      }
    }
  }

  private static void four(
      float[] buf,
      int b0,
      int b1,
      int b2,
      int b3,
      float[] dy,
      int y0,
      int y1,
      int y2,
      int y3,
      float[] wt,
      int tap,
      int icp,
      int outC,
      int np) {
    FloatVector a00 = FloatVector.fromArray(S, buf, b0);
    FloatVector a01 = FloatVector.fromArray(S, buf, b0 + L);
    FloatVector a02 = FloatVector.fromArray(S, buf, b0 + 2 * L);
    FloatVector a03 = FloatVector.fromArray(S, buf, b0 + 3 * L);
    FloatVector a10 = FloatVector.fromArray(S, buf, b1);
    FloatVector a11 = FloatVector.fromArray(S, buf, b1 + L);
    FloatVector a12 = FloatVector.fromArray(S, buf, b1 + 2 * L);
    FloatVector a13 = FloatVector.fromArray(S, buf, b1 + 3 * L);
    FloatVector a20 = FloatVector.fromArray(S, buf, b2);
    FloatVector a21 = FloatVector.fromArray(S, buf, b2 + L);
    FloatVector a22 = FloatVector.fromArray(S, buf, b2 + 2 * L);
    FloatVector a23 = FloatVector.fromArray(S, buf, b2 + 3 * L);
    FloatVector a30 = FloatVector.fromArray(S, buf, b3);
    FloatVector a31 = FloatVector.fromArray(S, buf, b3 + L);
    FloatVector a32 = FloatVector.fromArray(S, buf, b3 + 2 * L);
    FloatVector a33 = FloatVector.fromArray(S, buf, b3 + 3 * L);
    for (int o = 0, k = tap; o < outC; o++, k += icp) {
      FloatVector w0 = FloatVector.fromArray(S, wt, k);
      FloatVector w1 = FloatVector.fromArray(S, wt, k + L);
      FloatVector w2 = FloatVector.fromArray(S, wt, k + 2 * L);
      FloatVector w3 = FloatVector.fromArray(S, wt, k + 3 * L);
      FloatVector x = FloatVector.broadcast(S, dy[y0 + o]);
      a00 = x.fma(w0, a00);
      a01 = x.fma(w1, a01);
      a02 = x.fma(w2, a02);
      a03 = x.fma(w3, a03);
      x = FloatVector.broadcast(S, dy[y1 + o]);
      a10 = x.fma(w0, a10);
      a11 = x.fma(w1, a11);
      a12 = x.fma(w2, a12);
      a13 = x.fma(w3, a13);
      x = FloatVector.broadcast(S, dy[y2 + o]);
      a20 = x.fma(w0, a20);
      a21 = x.fma(w1, a21);
      a22 = x.fma(w2, a22);
      a23 = x.fma(w3, a23);
      x = FloatVector.broadcast(S, dy[y3 + o]);
      a30 = x.fma(w0, a30);
      a31 = x.fma(w1, a31);
      a32 = x.fma(w2, a32);
      a33 = x.fma(w3, a33);
    }
    store4(a00, a01, a02, a03, buf, b0);
    if (np > 1) {
      store4(a10, a11, a12, a13, buf, b1);
    }
    if (np > 2) {
      store4(a20, a21, a22, a23, buf, b2);
    }
    if (np > 3) {
      store4(a30, a31, a32, a33, buf, b3);
    }
  }

  private static void one(
      float[] buf,
      int b0,
      int b1,
      int b2,
      int b3,
      float[] dy,
      int y0,
      int y1,
      int y2,
      int y3,
      float[] wt,
      int tap,
      int icp,
      int outC,
      int np) {
    FloatVector a0 = FloatVector.fromArray(S, buf, b0);
    FloatVector a1 = FloatVector.fromArray(S, buf, b1);
    FloatVector a2 = FloatVector.fromArray(S, buf, b2);
    FloatVector a3 = FloatVector.fromArray(S, buf, b3);
    for (int o = 0, k = tap; o < outC; o++, k += icp) {
      FloatVector w = FloatVector.fromArray(S, wt, k);
      a0 = FloatVector.broadcast(S, dy[y0 + o]).fma(w, a0);
      a1 = FloatVector.broadcast(S, dy[y1 + o]).fma(w, a1);
      a2 = FloatVector.broadcast(S, dy[y2 + o]).fma(w, a2);
      a3 = FloatVector.broadcast(S, dy[y3 + o]).fma(w, a3);
    }
    a0.intoArray(buf, b0);
    if (np > 1) {
      a1.intoArray(buf, b1);
    }
    if (np > 2) {
      a2.intoArray(buf, b2);
    }
    if (np > 3) {
      a3.intoArray(buf, b3);
    }
  }

  private static void store4(
      FloatVector a, FloatVector b, FloatVector c, FloatVector d, float[] buf, int at) {
    a.intoArray(buf, at);
    b.intoArray(buf, at + L);
    c.intoArray(buf, at + 2 * L);
    d.intoArray(buf, at + 3 * L);
  }

  /** {@code dx[n, iy, ix, c] = buffer[iy + padTop, ix + padLeft, c]} for {@code c < inC}. */
  private static void copyOut(
      ConvGeometry g, float[] buf, int base, int ph, int pw, int icp, float[] dx, int n) {
    int inC = g.inC();
    for (int iy = 0; iy < g.inH(); iy++) {
      int from = base + ((iy + g.padTop()) * pw + g.padLeft()) * icp;
      int to = ((n * g.inH() + iy) * g.inW()) * inC;
      for (int ix = 0; ix < g.inW(); ix++, from += icp, to += inC) {
        System.arraycopy(buf, from, dx, to, inC);
      }
    }
  }
}
