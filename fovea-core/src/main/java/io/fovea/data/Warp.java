package io.fovea.data;

/**
 * The pixel work of a {@link Transform} on one channels-last image {@code [h, w, c]} held in a
 * {@code float[]}: the affine part by inverse mapping with bilinear sampling (SciPy's {@code
 * order=1}, as Keras), flips, and brightness.
 */
final class Warp {

  /**
   * Coordinates this close to a whole pixel are taken as that pixel, so 90-degree turns and
   * whole-pixel shifts copy pixels exactly despite the rounding of sin and cos.
   */
  private static final double SNAP = 1e-6;

  private Warp() {}

  /** The image {@code src} resampled through the inverse map {@code m} (see Transform). */
  static float[] affine(float[] src, int h, int w, int c, double[] m, FillMode fill, float cval) {
    float[] dst = new float[src.length];
    for (int r = 0; r < h; r++) {
      for (int col = 0; col < w; col++) {
        double y = snap(m[0] * r + m[1] * col + m[2]);
        double x = snap(m[3] * r + m[4] * col + m[5]);
        sample(src, h, w, c, y, x, fill, cval, dst, (r * w + col) * c);
      }
    }
    return dst;
  }

  private static double snap(double v) {
    double whole = Math.rint(v);
    return Math.abs(v - whole) < SNAP ? whole : v;
  }

  /** Writes the bilinear sample at ({@code y}, {@code x}) of every channel to {@code dst[at..]}. */
  private static void sample(
      float[] src,
      int h,
      int w,
      int c,
      double y,
      double x,
      FillMode fill,
      float cval,
      float[] dst,
      int at) {
    int y0 = (int) Math.floor(y);
    int x0 = (int) Math.floor(x);
    float fy = (float) (y - y0);
    float fx = (float) (x - x0);
    int r0 = fill.index(y0, h);
    int r1 = fy == 0 ? r0 : fill.index(y0 + 1, h);
    int c0 = fill.index(x0, w);
    int c1 = fx == 0 ? c0 : fill.index(x0 + 1, w);
    for (int k = 0; k < c; k++) {
      float top = lerp(pixel(src, w, c, r0, c0, k, cval), pixel(src, w, c, r0, c1, k, cval), fx);
      float bottom =
          fy == 0
              ? top
              : lerp(pixel(src, w, c, r1, c0, k, cval), pixel(src, w, c, r1, c1, k, cval), fx);
      dst[at + k] = lerp(top, bottom, fy);
    }
  }

  private static float lerp(float a, float b, float t) {
    return t == 0 ? a : a + (b - a) * t;
  }

  private static float pixel(float[] src, int w, int c, int r, int col, int k, float cval) {
    return r < 0 || col < 0 ? cval : src[(r * w + col) * c + k];
  }

  /** Mirrors the image left-right ({@code horizontal}) or top-bottom, in place. */
  static void flip(float[] img, int h, int w, int c, boolean horizontal) {
    int rows = horizontal ? h : h / 2;
    int cols = horizontal ? w / 2 : w;
    for (int r = 0; r < rows; r++) {
      for (int col = 0; col < cols; col++) {
        int a = (r * w + col) * c;
        int b = horizontal ? (r * w + w - 1 - col) * c : ((h - 1 - r) * w + col) * c;
        for (int k = 0; k < c; k++) {
          float t = img[a + k];
          img[a + k] = img[b + k];
          img[b + k] = t;
        }
      }
    }
  }

  /**
   * Scales the brightness by {@code factor} within the image's own range {@code [lo, hi]}: {@code
   * lo + clip((v - lo) * factor, 0, hi - lo)}, which is what Keras's PIL round trip (scale to
   * 0..255, {@code ImageEnhance.Brightness}, scale back) does, without its rounding.
   */
  static void brightness(float[] img, float factor) {
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (float v : img) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    float range = hi - lo;
    for (int i = 0; i < img.length; i++) {
      img[i] = lo + Math.min(Math.max((img[i] - lo) * factor, 0f), range);
    }
  }
}
