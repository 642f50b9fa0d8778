package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernel gradient by direct accumulation, vectorised over output channels.
 *
 * <p>{@code dW[r, o] += sum over n, oy, ox of src[n, window(oy, ox) + offset(r)] * dy[n, oy, ox,
 * o]}, where row {@code r = (ky * kw + kx) * inC + c} of the kernel reads the source at {@code
 * offset(r) = ky * srcW * inC + kx * inC + c} from the window's top-left corner. The source is a
 * chunk of images that needs no more padding; {@code outC} is a multiple of the vector length.
 *
 * <p>A tile is four kernel rows times up to four vectors of output channels: 16 accumulators that
 * stay in registers while the pixels stream by (each source value broadcast, each {@code dy} vector
 * loaded once per pixel). Tiles are split over threads and every thread walks the pixels in the
 * same blocks of output rows, so each kernel entry is summed by one thread in a fixed order
 * whatever the thread count, and a block's {@code dy} rows stay in cache while the thread's tiles
 * pass over them.
 */
final class VectorConvKernelGrad {

  private static final VectorSpecies<Float> S = VectorConvForward.S;
  private static final int L = VectorConvForward.L;
  private static final int ROWS = 4;

  /** Output pixels per block, about 64 KB of {@code dy} at 64 channels. */
  private static final int BLOCK_PIXELS = 256;

  private VectorConvKernelGrad() {}

  /**
   * Adds the contribution of images {@code first .. first + count - 1} to {@code dk}.
   *
   * @param src read, {@code count} padded images of {@code srcH * srcW * inC} from {@code srcOff}
   * @param dy read, the whole output gradient {@code [batch, outH, outW, outC]}
   * @param dk accumulated into, {@code [patchSize, outC]}
   */
  static void run(
      ConvGeometry g,
      float[] src,
      int srcOff,
      int srcH,
      int srcW,
      float[] dy,
      float[] dk,
      int first,
      int count) {
    int rowTiles = (g.patchSize() + ROWS - 1) / ROWS;
    int nv = g.outC() / L;
    int groups = VectorConvForward.groups(nv);
    int blockRows = Math.max(1, BLOCK_PIXELS / g.outW());
    int srcImage = srcH * srcW * g.inC();
    Parallel.forRange(
        rowTiles * groups,
        1,
        (from, to) -> {
          for (int n = 0; n < count; n++) {
            int image = srcOff + n * srcImage;
            int dyImage = (first + n) * g.outputImageSize();
            for (int oy0 = 0; oy0 < g.outH(); oy0 += blockRows) {
              int oy1 = Math.min(oy0 + blockRows, g.outH());
              for (int item = from; item < to; item++) {
                tile(
                    g,
                    src,
                    image,
                    srcW,
                    dy,
                    dyImage,
                    dk,
                    item / groups * ROWS,
                    item % groups,
                    nv,
                    oy0,
                    oy1);
              }
            }
          }
        });
  }

  private static void tile(
      ConvGeometry g,
      float[] src,
      int image,
      int srcW,
      float[] dy,
      int dyImage,
      float[] dk,
      int r0,
      int group,
      int nv,
      int oy0,
      int oy1) {
    int last = g.patchSize() - 1;
    int nr = Math.min(ROWS, last + 1 - r0);
    int span = g.kernelW() * g.inC();
    int rowStride = srcW * g.inC();
    int r1 = Math.min(r0 + 1, last);
    int r2 = Math.min(r0 + 2, last);
    int r3 = Math.min(r0 + 3, last);
    int o0 = offset(r0, span, rowStride);
    int o1 = offset(r1, span, rowStride);
    int o2 = offset(r2, span, rowStride);
    int o3 = offset(r3, span, rowStride);
    int v0 = VectorConvForward.groupStart(group, nv);
    int width = VectorConvForward.groupWidth(group, nv);
    int outC = g.outC();
    int ch = v0 * L;
    int k0 = r0 * outC + ch;
    int k1 = r1 * outC + ch;
    int k2 = r2 * outC + ch;
    int k3 = r3 * outC + ch;
    int x0 = image + oy0 * g.strideH() * rowStride;
    int d0 = dyImage + oy0 * g.outW() * outC + ch;
    if (width == 4) {
      four(g, src, x0, o0, o1, o2, o3, dy, d0, dk, k0, k1, k2, k3, nr, oy1 - oy0, rowStride);
    } else if (width == 2) {
      two(g, src, x0, o0, o1, o2, o3, dy, d0, dk, k0, k1, k2, k3, nr, oy1 - oy0, rowStride);
    } else {
      one(g, src, x0, o0, o1, o2, o3, dy, d0, dk, k0, k1, k2, k3, nr, oy1 - oy0, rowStride);
    }
  }

  /** Source offset of kernel row {@code r} from the window's top-left corner. */
  private static int offset(int r, int span, int rowStride) {
    return r / span * rowStride + r % span;
  }

  private static void four(
      ConvGeometry g,
      float[] src,
      int x0,
      int o0,
      int o1,
      int o2,
      int o3,
      float[] dy,
      int d0,
      float[] dk,
      int k0,
      int k1,
      int k2,
      int k3,
      int nr,
      int rows,
      int rowStride) {
    FloatVector a00 = FloatVector.fromArray(S, dk, k0), a01 = FloatVector.fromArray(S, dk, k0 + L);
    FloatVector a02 = FloatVector.fromArray(S, dk, k0 + 2 * L);
    FloatVector a03 = FloatVector.fromArray(S, dk, k0 + 3 * L);
    FloatVector a10 = FloatVector.fromArray(S, dk, k1), a11 = FloatVector.fromArray(S, dk, k1 + L);
    FloatVector a12 = FloatVector.fromArray(S, dk, k1 + 2 * L);
    FloatVector a13 = FloatVector.fromArray(S, dk, k1 + 3 * L);
    FloatVector a20 = FloatVector.fromArray(S, dk, k2), a21 = FloatVector.fromArray(S, dk, k2 + L);
    FloatVector a22 = FloatVector.fromArray(S, dk, k2 + 2 * L);
    FloatVector a23 = FloatVector.fromArray(S, dk, k2 + 3 * L);
    FloatVector a30 = FloatVector.fromArray(S, dk, k3), a31 = FloatVector.fromArray(S, dk, k3 + L);
    FloatVector a32 = FloatVector.fromArray(S, dk, k3 + 2 * L);
    FloatVector a33 = FloatVector.fromArray(S, dk, k3 + 3 * L);
    int pixelStep = g.strideW() * g.inC();
    int outC = g.outC();
    // One flat loop over the pixels (no nested loop: C2 would box accumulators live across it).
    int outW = g.outW();
    int rowJump = g.strideH() * rowStride - outW * pixelStep;
    int xb = x0;
    int ox = 0;
    for (int p = 0, db = d0, n = rows * outW; p < n; p++, db += outC) {
      FloatVector e0 = FloatVector.fromArray(S, dy, db);
      FloatVector e1 = FloatVector.fromArray(S, dy, db + L);
      FloatVector e2 = FloatVector.fromArray(S, dy, db + 2 * L);
      FloatVector e3 = FloatVector.fromArray(S, dy, db + 3 * L);
      FloatVector x = FloatVector.broadcast(S, src[xb + o0]);
      a00 = x.fma(e0, a00);
      a01 = x.fma(e1, a01);
      a02 = x.fma(e2, a02);
      a03 = x.fma(e3, a03);
      x = FloatVector.broadcast(S, src[xb + o1]);
      a10 = x.fma(e0, a10);
      a11 = x.fma(e1, a11);
      a12 = x.fma(e2, a12);
      a13 = x.fma(e3, a13);
      x = FloatVector.broadcast(S, src[xb + o2]);
      a20 = x.fma(e0, a20);
      a21 = x.fma(e1, a21);
      a22 = x.fma(e2, a22);
      a23 = x.fma(e3, a23);
      x = FloatVector.broadcast(S, src[xb + o3]);
      a30 = x.fma(e0, a30);
      a31 = x.fma(e1, a31);
      a32 = x.fma(e2, a32);
      a33 = x.fma(e3, a33);
      xb += pixelStep;
      if (++ox == outW) {
        ox = 0;
        xb += rowJump;
      }
    }
    store4(a00, a01, a02, a03, dk, k0);
    if (nr > 1) {
      store4(a10, a11, a12, a13, dk, k1);
    }
    if (nr > 2) {
      store4(a20, a21, a22, a23, dk, k2);
    }
    if (nr > 3) {
      store4(a30, a31, a32, a33, dk, k3);
    }
  }

  private static void two(
      ConvGeometry g,
      float[] src,
      int x0,
      int o0,
      int o1,
      int o2,
      int o3,
      float[] dy,
      int d0,
      float[] dk,
      int k0,
      int k1,
      int k2,
      int k3,
      int nr,
      int rows,
      int rowStride) {
    FloatVector a00 = FloatVector.fromArray(S, dk, k0), a01 = FloatVector.fromArray(S, dk, k0 + L);
    FloatVector a10 = FloatVector.fromArray(S, dk, k1), a11 = FloatVector.fromArray(S, dk, k1 + L);
    FloatVector a20 = FloatVector.fromArray(S, dk, k2), a21 = FloatVector.fromArray(S, dk, k2 + L);
    FloatVector a30 = FloatVector.fromArray(S, dk, k3), a31 = FloatVector.fromArray(S, dk, k3 + L);
    int pixelStep = g.strideW() * g.inC();
    int outC = g.outC();
    // One flat loop over the pixels (no nested loop: C2 would box accumulators live across it).
    int outW = g.outW();
    int rowJump = g.strideH() * rowStride - outW * pixelStep;
    int xb = x0;
    int ox = 0;
    for (int p = 0, db = d0, n = rows * outW; p < n; p++, db += outC) {
      FloatVector e0 = FloatVector.fromArray(S, dy, db);
      FloatVector e1 = FloatVector.fromArray(S, dy, db + L);
      FloatVector x = FloatVector.broadcast(S, src[xb + o0]);
      a00 = x.fma(e0, a00);
      a01 = x.fma(e1, a01);
      x = FloatVector.broadcast(S, src[xb + o1]);
      a10 = x.fma(e0, a10);
      a11 = x.fma(e1, a11);
      x = FloatVector.broadcast(S, src[xb + o2]);
      a20 = x.fma(e0, a20);
      a21 = x.fma(e1, a21);
      x = FloatVector.broadcast(S, src[xb + o3]);
      a30 = x.fma(e0, a30);
      a31 = x.fma(e1, a31);
      xb += pixelStep;
      if (++ox == outW) {
        ox = 0;
        xb += rowJump;
      }
    }
    a00.intoArray(dk, k0);
    a01.intoArray(dk, k0 + L);
    if (nr > 1) {
      a10.intoArray(dk, k1);
      a11.intoArray(dk, k1 + L);
    }
    if (nr > 2) {
      a20.intoArray(dk, k2);
      a21.intoArray(dk, k2 + L);
    }
    if (nr > 3) {
      a30.intoArray(dk, k3);
      a31.intoArray(dk, k3 + L);
    }
  }

  private static void one(
      ConvGeometry g,
      float[] src,
      int x0,
      int o0,
      int o1,
      int o2,
      int o3,
      float[] dy,
      int d0,
      float[] dk,
      int k0,
      int k1,
      int k2,
      int k3,
      int nr,
      int rows,
      int rowStride) {
    FloatVector a0 = FloatVector.fromArray(S, dk, k0);
    FloatVector a1 = FloatVector.fromArray(S, dk, k1);
    FloatVector a2 = FloatVector.fromArray(S, dk, k2);
    FloatVector a3 = FloatVector.fromArray(S, dk, k3);
    int pixelStep = g.strideW() * g.inC();
    int outC = g.outC();
    // One flat loop over the pixels (no nested loop: C2 would box accumulators live across it).
    int outW = g.outW();
    int rowJump = g.strideH() * rowStride - outW * pixelStep;
    int xb = x0;
    int ox = 0;
    for (int p = 0, db = d0, n = rows * outW; p < n; p++, db += outC) {
      FloatVector e = FloatVector.fromArray(S, dy, db);
      a0 = FloatVector.broadcast(S, src[xb + o0]).fma(e, a0);
      a1 = FloatVector.broadcast(S, src[xb + o1]).fma(e, a1);
      a2 = FloatVector.broadcast(S, src[xb + o2]).fma(e, a2);
      a3 = FloatVector.broadcast(S, src[xb + o3]).fma(e, a3);
      xb += pixelStep;
      if (++ox == outW) {
        ox = 0;
        xb += rowJump;
      }
    }
    a0.intoArray(dk, k0);
    if (nr > 1) {
      a1.intoArray(dk, k1);
    }
    if (nr > 2) {
      a2.intoArray(dk, k2);
    }
    if (nr > 3) {
      a3.intoArray(dk, k3);
    }
  }

  private static void store4(
      FloatVector a, FloatVector b, FloatVector c, FloatVector d, float[] dk, int at) {
    a.intoArray(dk, at);
    b.intoArray(dk, at + L);
    c.intoArray(dk, at + 2 * L);
    d.intoArray(dk, at + 3 * L);
  }
}
