package io.fovea.image;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;

/**
 * OpenCV's {@code filter2D}: every channel correlated with one 2-D kernel, output the size of the
 * input.
 *
 * <pre>
 *   y[i, j, c] = sum_{u, v} k[u, v] * x~[i + u - ay, j + v - ax, c]
 * </pre>
 *
 * where {@code x~} is the image extended past its edges as {@link Border} says and {@code (ay, ax)}
 * is the anchor, by default {@code (kh / 2, kw / 2)} (for an even size the element just after the
 * middle, as OpenCV). The kernel is not flipped. Input {@code [h, w]} or {@code [h, w, c]}, kernel
 * {@code [kh, kw]}, output the input's shape. With {@code saturate} the result is stored as OpenCV
 * stores an 8-bit image: rounded half to even, then clipped to {@code [0, 255]}.
 *
 * <p>The image is padded once into channel planes, which are then correlated row by row ({@link
 * Ops#correlatePlanes}).
 */
final class BorderFilter {

  private BorderFilter() {}

  static Tensor apply(
      Tensor image, Tensor kernel, Border border, boolean saturate, int anchorY, int anchorX) {
    Planes.Layout l = Planes.Layout.of("filter2D", image);
    if (kernel == null || kernel.rank() != 2 || kernel.size() == 0) {
      throw new IllegalArgumentException(
          "filter2D: expected a 2-D kernel [kh, kw], got "
              + (kernel == null ? "null" : "shape " + kernel.shape())
              + ". Filter channels with different kernels one at a time.");
    }
    if (border == null) {
      throw new IllegalArgumentException("filter2D: expected a border, got null");
    }
    int kh = kernel.shape().dim(0);
    int kw = kernel.shape().dim(1);
    int ay = anchor(anchorY, kh, "anchorY", kernel);
    int ax = anchor(anchorX, kw, "anchorX", kernel);
    float[] planes = Planes.padded(image, l, border, ay, kh - 1 - ay, ax, kw - 1 - ax);
    float[] y = correlate(planes, l.c(), l.h(), l.w(), kernel.toArray(), kh, kw);
    if (saturate) {
      saturate8Bit(y);
    }
    return Planes.interleave(y, l, l.h(), l.w());
  }

  /**
   * Valid correlation, stride 1, of padded planes {@code [c, h + kh - 1, w + kw - 1]} into new
   * planes {@code [c, h, w]}.
   */
  static float[] correlate(float[] planes, int c, int h, int w, float[] k, int kh, int kw) {
    Tensor out = Tensor.zeros(c, h, w);
    Ops.correlatePlanes(
        Tensor.wrap(planes, c, h + kh - 1, w + kw - 1), Tensor.wrap(k, kh, kw), out);
    return out.toArray();
  }

  private static int anchor(int a, int k, String name, Tensor kernel) {
    if (a == -1) {
      return k / 2;
    }
    if (a < 0 || a >= k) {
      throw new IllegalArgumentException(
          "filter2D: expected "
              + name
              + " in [0, "
              + k
              + ") or -1 for the centre of kernel "
              + kernel.shape()
              + ", got "
              + a);
    }
    return a;
  }

  /** OpenCV's {@code saturate_cast<uchar>}: round half to even, clip to 0..255; NaN gives 0. */
  static void saturate8Bit(float[] y) {
    for (int i = 0; i < y.length; i++) {
      // Math.min/max compile to branch-free instructions; filtered noise defeats branches.
      float v = Math.min(Math.max(y[i], 0f), 255f);
      v = v == v ? v : 0f;
      // Adding 2^23 leaves no fraction bits, so the float addition itself rounds half to even
      // (Math.rint, but several times faster here); Java never folds (v + c) - c.
      y[i] = (v + 0x1p23f) - 0x1p23f;
    }
  }
}
