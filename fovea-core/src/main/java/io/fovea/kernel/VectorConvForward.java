package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Direct convolution, vectorised over output channels and register-blocked over output pixels.
 *
 * <p>{@code y[n, p, o] = bias[o] + sum over ky, j of src[n, p's window row ky, j] * w[ky, j, o]}
 * where {@code j = kx * inC + c} runs over one contiguous row of the window. The source holds
 * {@code count} images that need no more padding (the caller padded them): output pixel {@code (oy,
 * ox)} reads source rows from {@code oy * strideH} and columns from {@code ox * strideW}. The
 * kernel is packed {@code [kh * kw * inC, ocp]} with {@code ocp} the output channels rounded up to
 * whole vectors (zeros beyond {@code outC}), and the bias {@code [ocp]}, so the hot loop loads
 * whole vectors only.
 *
 * <p>A tile is {@link #TILE} consecutive output pixels of one image (a tile may wrap to the next
 * output row) times one group of 4, 2 or 1 vectors of output channels, held in up to 16
 * accumulators (4 pixels x 4 vectors, twice; 8 x 2; or 8 x 1): each input value is broadcast once
 * and multiplied into every kernel vector of the group. The last tile of an image repeats its last
 * pixel and stores only the real ones. The window is walked by one flat loop, because C2 (JDK 17)
 * boxes vectors that stay live across a nested loop. Work items are (channel group, image, tile),
 * group outermost so that a thread's consecutive tiles reuse one kernel slice from cache; each
 * output is computed by one thread in a fixed order, so the result does not depend on the thread
 * count.
 */
final class VectorConvForward {

  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int L = S.length();
  static final int TILE = 8;

  private VectorConvForward() {}

  /**
   * Computes output images {@code first .. first + count - 1}.
   *
   * @param src read, {@code count} images of {@code srcH * srcW * inC} from {@code srcOff}
   * @param kp read, packed kernel {@code [patchSize, ocp]}
   * @param bp read, packed bias {@code [ocp]}
   * @param y written, the whole output batch from {@code yOff}
   */
  static void run(
      ConvGeometry g,
      float[] src,
      int srcOff,
      int srcH,
      int srcW,
      float[] kp,
      float[] bp,
      int ocp,
      float[] y,
      int yOff,
      int first,
      int count) {
    int tiles = (g.outPixels() + TILE - 1) / TILE;
    int perGroup = count * tiles;
    int nv = ocp / L;
    int srcImage = srcH * srcW * g.inC();
    // Channel group outermost, so that a thread's consecutive tiles reuse one slice of the
    // kernel from cache when the kernel is too large to stay there whole.
    Parallel.forRange(
        groups(nv) * perGroup,
        4,
        (from, to) -> {
          for (int item = from; item < to; item++) {
            int group = item / perGroup;
            int n = item % perGroup / tiles;
            tile(
                g,
                src,
                srcOff + n * srcImage,
                srcW,
                kp,
                bp,
                ocp,
                y,
                yOff + (first + n) * g.outputImageSize(),
                item % tiles * TILE,
                nv,
                group);
          }
        });
  }

  /** Groups of 4, then 2, then 1 vectors that cover {@code nv} vectors of channels. */
  static int groups(int nv) {
    return nv / 4 + nv % 4 / 2 + nv % 2;
  }

  /** First vector of group {@code group}. */
  static int groupStart(int group, int nv) {
    int fours = nv / 4;
    return group < fours ? 4 * group : 4 * fours + (group > fours ? 2 : 0);
  }

  /** Vectors in group {@code group}: 4, 2 or 1. */
  static int groupWidth(int group, int nv) {
    return group < nv / 4 ? 4 : nv - groupStart(group, nv) >= 2 ? 2 : 1;
  }

  private static void tile(
      ConvGeometry g,
      float[] src,
      int image,
      int srcW,
      float[] kp,
      float[] bp,
      int ocp,
      float[] y,
      int yImage,
      int p0,
      int nv,
      int group) {
    int np = Math.min(TILE, g.outPixels() - p0);
    int b0 = base(g, image, srcW, p0, 0, np);
    int b1 = base(g, image, srcW, p0, 1, np);
    int b2 = base(g, image, srcW, p0, 2, np);
    int b3 = base(g, image, srcW, p0, 3, np);
    int b4 = base(g, image, srcW, p0, 4, np);
    int b5 = base(g, image, srcW, p0, 5, np);
    int b6 = base(g, image, srcW, p0, 6, np);
    int b7 = base(g, image, srcW, p0, 7, np);
    int rowStride = srcW * g.inC();
    int kh = g.kernelH();
    int span = g.kernelW() * g.inC();
    int outC = g.outC();
    int y0 = yImage + p0 * outC;
    int ch = groupStart(group, nv) * L;
    int width = groupWidth(group, nv);
    if (width == 4) {
      four(src, b0, b1, b2, b3, rowStride, kh, span, kp, ocp, bp, ch, y, y0, outC, np);
      if (np > 4) {
        four(
            src,
            b4,
            b5,
            b6,
            b7,
            rowStride,
            kh,
            span,
            kp,
            ocp,
            bp,
            ch,
            y,
            y0 + 4 * outC,
            outC,
            np - 4);
      }
    } else if (width == 2) {
      two(
          src, b0, b1, b2, b3, b4, b5, b6, b7, rowStride, kh, span, kp, ocp, bp, ch, y, y0, outC,
          np);
    } else {
      one(
          src, b0, b1, b2, b3, b4, b5, b6, b7, rowStride, kh, span, kp, ocp, bp, ch, y, y0, outC,
          np);
    }
  }

  /**
   * Source offset of the top-left corner of the window of the tile's pixel {@code i}, or of its
   * last real pixel when {@code i >= np}.
   */
  private static int base(ConvGeometry g, int image, int srcW, int p0, int i, int np) {
    int p = p0 + Math.min(i, np - 1);
    int oy = p / g.outW();
    int ox = p - oy * g.outW();
    return image + (oy * g.strideH() * srcW + ox * g.strideW()) * g.inC();
  }

  private static void four(
      float[] src,
      int b0,
      int b1,
      int b2,
      int b3,
      int rowStride,
      int kh,
      int span,
      float[] kp,
      int ocp,
      float[] bp,
      int ch,
      float[] y,
      int y0,
      int outC,
      int np) {
    FloatVector a00 = FloatVector.fromArray(S, bp, ch);
    FloatVector a01 = FloatVector.fromArray(S, bp, ch + L);
    FloatVector a02 = FloatVector.fromArray(S, bp, ch + 2 * L);
    FloatVector a03 = FloatVector.fromArray(S, bp, ch + 3 * L);
    FloatVector a10 = a00, a11 = a01, a12 = a02, a13 = a03;
    FloatVector a20 = a00, a21 = a01, a22 = a02, a23 = a03;
    FloatVector a30 = a00, a31 = a01, a32 = a02, a33 = a03;
    // One flat loop over the window (no nested loop: C2 would box accumulators live across it).
    int xr = 0;
    int inRow = span;
    int skip = rowStride - span;
    for (int t = 0, ko = ch, n = kh * span; t < n; t++, ko += ocp) {
      FloatVector w0 = FloatVector.fromArray(S, kp, ko);
      FloatVector w1 = FloatVector.fromArray(S, kp, ko + L);
      FloatVector w2 = FloatVector.fromArray(S, kp, ko + 2 * L);
      FloatVector w3 = FloatVector.fromArray(S, kp, ko + 3 * L);
      FloatVector x = FloatVector.broadcast(S, src[b0 + xr]);
      a00 = x.fma(w0, a00);
      a01 = x.fma(w1, a01);
      a02 = x.fma(w2, a02);
      a03 = x.fma(w3, a03);
      x = FloatVector.broadcast(S, src[b1 + xr]);
      a10 = x.fma(w0, a10);
      a11 = x.fma(w1, a11);
      a12 = x.fma(w2, a12);
      a13 = x.fma(w3, a13);
      x = FloatVector.broadcast(S, src[b2 + xr]);
      a20 = x.fma(w0, a20);
      a21 = x.fma(w1, a21);
      a22 = x.fma(w2, a22);
      a23 = x.fma(w3, a23);
      x = FloatVector.broadcast(S, src[b3 + xr]);
      a30 = x.fma(w0, a30);
      a31 = x.fma(w1, a31);
      a32 = x.fma(w2, a32);
      a33 = x.fma(w3, a33);
      xr++;
      if (--inRow == 0) {
        inRow = span;
        xr += skip;
      }
    }
    int c = y0 + ch;
    int left = outC - ch;
    store4(a00, a01, a02, a03, y, c, left);
    if (np > 1) {
      store4(a10, a11, a12, a13, y, c + outC, left);
    }
    if (np > 2) {
      store4(a20, a21, a22, a23, y, c + 2 * outC, left);
    }
    if (np > 3) {
      store4(a30, a31, a32, a33, y, c + 3 * outC, left);
    }
  }

  private static void two(
      float[] src,
      int b0,
      int b1,
      int b2,
      int b3,
      int b4,
      int b5,
      int b6,
      int b7,
      int rowStride,
      int kh,
      int span,
      float[] kp,
      int ocp,
      float[] bp,
      int ch,
      float[] y,
      int y0,
      int outC,
      int np) {
    FloatVector a00 = FloatVector.fromArray(S, bp, ch);
    FloatVector a01 = FloatVector.fromArray(S, bp, ch + L);
    FloatVector a10 = a00, a11 = a01, a20 = a00, a21 = a01, a30 = a00, a31 = a01;
    FloatVector a40 = a00, a41 = a01, a50 = a00, a51 = a01, a60 = a00, a61 = a01;
    FloatVector a70 = a00, a71 = a01;
    int xr = 0;
    int inRow = span;
    int skip = rowStride - span;
    for (int t = 0, ko = ch, n = kh * span; t < n; t++, ko += ocp) {
      FloatVector w0 = FloatVector.fromArray(S, kp, ko);
      FloatVector w1 = FloatVector.fromArray(S, kp, ko + L);
      FloatVector x = FloatVector.broadcast(S, src[b0 + xr]);
      a00 = x.fma(w0, a00);
      a01 = x.fma(w1, a01);
      x = FloatVector.broadcast(S, src[b1 + xr]);
      a10 = x.fma(w0, a10);
      a11 = x.fma(w1, a11);
      x = FloatVector.broadcast(S, src[b2 + xr]);
      a20 = x.fma(w0, a20);
      a21 = x.fma(w1, a21);
      x = FloatVector.broadcast(S, src[b3 + xr]);
      a30 = x.fma(w0, a30);
      a31 = x.fma(w1, a31);
      x = FloatVector.broadcast(S, src[b4 + xr]);
      a40 = x.fma(w0, a40);
      a41 = x.fma(w1, a41);
      x = FloatVector.broadcast(S, src[b5 + xr]);
      a50 = x.fma(w0, a50);
      a51 = x.fma(w1, a51);
      x = FloatVector.broadcast(S, src[b6 + xr]);
      a60 = x.fma(w0, a60);
      a61 = x.fma(w1, a61);
      x = FloatVector.broadcast(S, src[b7 + xr]);
      a70 = x.fma(w0, a70);
      a71 = x.fma(w1, a71);
      xr++;
      if (--inRow == 0) {
        inRow = span;
        xr += skip;
      }
    }
    int c = y0 + ch;
    int left = outC - ch;
    store2(a00, a01, y, c, left, np > 0);
    store2(a10, a11, y, c + outC, left, np > 1);
    store2(a20, a21, y, c + 2 * outC, left, np > 2);
    store2(a30, a31, y, c + 3 * outC, left, np > 3);
    store2(a40, a41, y, c + 4 * outC, left, np > 4);
    store2(a50, a51, y, c + 5 * outC, left, np > 5);
    store2(a60, a61, y, c + 6 * outC, left, np > 6);
    store2(a70, a71, y, c + 7 * outC, left, np > 7);
  }

  private static void one(
      float[] src,
      int b0,
      int b1,
      int b2,
      int b3,
      int b4,
      int b5,
      int b6,
      int b7,
      int rowStride,
      int kh,
      int span,
      float[] kp,
      int ocp,
      float[] bp,
      int ch,
      float[] y,
      int y0,
      int outC,
      int np) {
    FloatVector a0 = FloatVector.fromArray(S, bp, ch);
    FloatVector a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    int xr = 0;
    int inRow = span;
    int skip = rowStride - span;
    for (int t = 0, ko = ch, n = kh * span; t < n; t++, ko += ocp) {
      FloatVector w = FloatVector.fromArray(S, kp, ko);
      a0 = FloatVector.broadcast(S, src[b0 + xr]).fma(w, a0);
      a1 = FloatVector.broadcast(S, src[b1 + xr]).fma(w, a1);
      a2 = FloatVector.broadcast(S, src[b2 + xr]).fma(w, a2);
      a3 = FloatVector.broadcast(S, src[b3 + xr]).fma(w, a3);
      a4 = FloatVector.broadcast(S, src[b4 + xr]).fma(w, a4);
      a5 = FloatVector.broadcast(S, src[b5 + xr]).fma(w, a5);
      a6 = FloatVector.broadcast(S, src[b6 + xr]).fma(w, a6);
      a7 = FloatVector.broadcast(S, src[b7 + xr]).fma(w, a7);
      xr++;
      if (--inRow == 0) {
        inRow = span;
        xr += skip;
      }
    }
    int c = y0 + ch;
    int left = outC - ch;
    storePixels(a0, a1, y, c, left, np > 0, np > 1, outC);
    storePixels(a2, a3, y, c + 2 * outC, left, np > 2, np > 3, outC);
    storePixels(a4, a5, y, c + 4 * outC, left, np > 4, np > 5, outC);
    storePixels(a6, a7, y, c + 6 * outC, left, np > 6, np > 7, outC);
  }

  /** Stores two adjacent vectors of one pixel when {@code real}. */
  private static void store2(
      FloatVector a, FloatVector b, float[] y, int at, int left, boolean real) {
    if (real) {
      store(a, y, at, left);
      store(b, y, at + L, left - L);
    }
  }

  /** Stores one vector each of two adjacent pixels, each when real. */
  private static void storePixels(
      FloatVector a,
      FloatVector b,
      float[] y,
      int at,
      int left,
      boolean realA,
      boolean realB,
      int outC) {
    if (realA) {
      store(a, y, at, left);
    }
    if (realB) {
      store(b, y, at + outC, left);
    }
  }

  private static void store4(
      FloatVector a, FloatVector b, FloatVector c, FloatVector d, float[] y, int at, int left) {
    store(a, y, at, left);
    store(b, y, at + L, left - L);
    store(c, y, at + 2 * L, left - 2 * L);
    store(d, y, at + 3 * L, left - 3 * L);
  }

  /** Stores the first {@code min(left, L)} lanes of {@code a} (nothing when left <= 0). */
  static void store(FloatVector a, float[] y, int at, int left) {
    if (left >= L) {
      a.intoArray(y, at);
    } else if (left > 0) {
      a.intoArray(y, at, S.indexInRange(0, left));
    }
  }
}
