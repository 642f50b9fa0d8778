package io.fovea.image;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Padding;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * Convolution and pooling of arrays and images by hand, as a first CNN course computes them.
 *
 * <p><b>Convention.</b> Like the course, Keras and OpenCV, "convolution" here is the sliding dot
 * product (cross-correlation; the kernel is not flipped):
 *
 * <pre>
 *   1-D: y[i]    = sum_j x[i * s - p + j] * k[j]
 *   2-D: y[i, j] = sum_{u, v, c} x[i * s - pTop + u, j * s - pLeft + v, c] * k[u, v, c]
 * </pre>
 *
 * so {@code [2, 3, 5, 7, 11] * [-1, 1] = [1, 2, 2, 4]}. Flip the kernel for the textbook
 * convolution. Padding is {@code "valid"} (none; length {@code m - n + 1}), {@code "same"}
 * (TensorFlow's rule), {@code "full"} ({@code n - 1} zeros each side) or a number of zero pixels on
 * each side; see {@link Window}.
 *
 * <p><b>Shapes.</b> A gray image is {@code [h, w]} or {@code [h, w, 1]}, a colour one {@code [h, w,
 * c]}. For {@link #convolve2d}: a kernel {@code [kh, kw]} filters every channel alone ({@code [oh,
 * ow]} or {@code [oh, ow, c]}, the rank of the image); {@code [kh, kw, c]} sums over the channels
 * into one map {@code [oh, ow]}; {@code [kh, kw, c, n]} (Keras's Conv2D layout) gives {@code n}
 * maps {@code [oh, ow, n]}. {@link #filter2D} is OpenCV's filter, in {@link BorderFilter}. Pooling
 * works per channel and keeps the rank.
 */
public final class Filters {

  private Filters() {}

  // ---------------------------------------------------------------- 1-D

  /** The valid sliding dot product, length {@code m - n + 1}. */
  public static float[] convolve1d(float[] array, float[] kernel) {
    return convolve1d(array, kernel, "valid", 1);
  }

  /** The sliding dot product with a padding name ({@code valid, same, full}) and a stride. */
  public static float[] convolve1d(float[] array, float[] kernel, String padding, int stride) {
    check1d(array, kernel);
    Window win = Window.of("convolve1d", padding, array.length, kernel.length, stride);
    return run1d(array, kernel, win, stride);
  }

  /** The sliding dot product with {@code padding} zeros on each side and a stride. */
  public static float[] convolve1d(float[] array, float[] kernel, int padding, int stride) {
    check1d(array, kernel);
    Window win = Window.of("convolve1d", padding, array.length, kernel.length, stride);
    return run1d(array, kernel, win, stride);
  }

  /** {@link #convolve1d(float[], float[])} on rank-1 tensors. */
  public static Tensor convolve1d(Tensor array, Tensor kernel) {
    return convolve1d(array, kernel, "valid", 1);
  }

  /** {@link #convolve1d(float[], float[], String, int)} on rank-1 tensors. */
  public static Tensor convolve1d(Tensor array, Tensor kernel, String padding, int stride) {
    if (array == null || kernel == null || array.rank() != 1 || kernel.rank() != 1) {
      throw new IllegalArgumentException(
          "convolve1d: expected rank-1 array and kernel, got "
              + (array == null ? "null" : array.shape())
              + " and "
              + (kernel == null ? "null" : kernel.shape()));
    }
    float[] y = convolve1d(array.toArray(), kernel.toArray(), padding, stride);
    return Tensor.wrap(y, y.length);
  }

  private static void check1d(float[] array, float[] kernel) {
    if (array == null || kernel == null || array.length == 0 || kernel.length == 0) {
      throw new IllegalArgumentException(
          "convolve1d: expected a non-empty array and kernel, got "
              + length(array)
              + " and "
              + length(kernel)
              + " values");
    }
  }

  private static String length(float[] a) {
    return a == null ? "null" : String.valueOf(a.length);
  }

  private static float[] run1d(float[] x, float[] k, Window win, int stride) {
    SlidingWindow w =
        new SlidingWindow(
            1, k.length, 1, stride, 0, 0, win.before(), after(win, x.length, k.length, stride));
    Tensor y = Tensor.zeros(1, 1, win.out(), 1);
    Ops.conv2d(Tensor.wrap(x, 1, 1, x.length, 1), Tensor.wrap(k, 1, k.length, 1, 1), null, w, y);
    return y.toArray();
  }

  /** The zeros after the axis that make the window's output length {@code win.out()}. */
  private static int after(Window win, int in, int k, int stride) {
    return Math.max((win.out() - 1) * stride + k - in - win.before(), 0);
  }

  // ---------------------------------------------------------------- 2-D

  /** The valid 2-D sliding dot product, stride 1. */
  public static Tensor convolve2d(Tensor image, Tensor kernel) {
    return convolve2d(image, kernel, "valid", 1);
  }

  /** The 2-D sliding dot product with a padding name ({@code valid, same, full}). */
  public static Tensor convolve2d(Tensor image, Tensor kernel, String padding, int stride) {
    return convolve2d(image, kernel, padding, -1, stride);
  }

  /** The 2-D sliding dot product with {@code padding} zero pixels on every side. */
  public static Tensor convolve2d(Tensor image, Tensor kernel, int padding, int stride) {
    return convolve2d(image, kernel, null, padding, stride);
  }

  private static Tensor convolve2d(
      Tensor image, Tensor kernel, String padName, int pad, int stride) {
    Planes.Layout l = Planes.Layout.of("convolve2d", image);
    int[] kd = kernelDims(l, kernel);
    String where = "convolve2d";
    Window rows =
        padName != null
            ? Window.of(where + " rows", padName, l.h(), kd[0], stride)
            : Window.of(where + " rows", pad, l.h(), kd[0], stride);
    Window cols =
        padName != null
            ? Window.of(where + " columns", padName, l.w(), kd[1], stride)
            : Window.of(where + " columns", pad, l.w(), kd[1], stride);
    float[] k = kernel.toArray();
    if (kernel.rank() == 2 && stride == 1) {
      // The row-wise correlation of filter2D, over zero padding: far faster than im2col for one
      // output channel.
      float[] planes =
          Planes.padded(
              image,
              l,
              Border.CONSTANT,
              rows.before(),
              rows.out() + kd[0] - 1 - l.h() - rows.before(),
              cols.before(),
              cols.out() + kd[1] - 1 - l.w() - cols.before());
      float[] y = BorderFilter.correlate(planes, l.c(), rows.out(), cols.out(), k, kd[0], kd[1]);
      return Planes.interleave(y, l, rows.out(), cols.out());
    }
    SlidingWindow w =
        new SlidingWindow(
            kd[0],
            kd[1],
            stride,
            stride,
            rows.before(),
            after(rows, l.h(), kd[0], stride),
            cols.before(),
            after(cols, l.w(), kd[1], stride));
    if (kernel.rank() == 2 && l.c() > 1) {
      // Each channel alone: the planes [c, h, w] are a batch of c one-channel images.
      float[] planes = Planes.padded(image, l, Border.CONSTANT, 0, 0, 0, 0);
      Tensor y = Tensor.zeros(l.c(), rows.out(), cols.out(), 1);
      Ops.conv2d(
          Tensor.wrap(planes, l.c(), l.h(), l.w(), 1),
          kernel.reshape(kd[0], kd[1], 1, 1),
          null,
          w,
          y);
      return Planes.interleave(y.toArray(), l, rows.out(), cols.out());
    }
    int outC = kernel.rank() == 4 ? kd[3] : 1;
    Tensor y = Tensor.zeros(1, rows.out(), cols.out(), outC);
    Ops.conv2d(
        image.reshape(1, l.h(), l.w(), l.c()),
        kernel.reshape(kd[0], kd[1], l.c(), outC),
        null,
        w,
        y);
    if (kernel.rank() == 2) {
      return l.wrap(y.toArray(), rows.out(), cols.out());
    }
    return kernel.rank() == 3
        ? y.reshape(rows.out(), cols.out())
        : y.reshape(rows.out(), cols.out(), outC);
  }

  /** The kernel's dims after checking its rank and channels against the image. */
  private static int[] kernelDims(Planes.Layout l, Tensor kernel) {
    if (kernel == null || kernel.rank() < 2 || kernel.rank() > 4 || kernel.size() == 0) {
      throw new IllegalArgumentException(
          "convolve2d: expected a kernel [kh, kw], [kh, kw, c]"
              + " or [kh, kw, c, n], got "
              + (kernel == null ? "null" : "shape " + kernel.shape()));
    }
    int[] kd = kernel.shape().dims();
    if (kernel.rank() >= 3 && kd[2] != l.c()) {
      throw new IllegalArgumentException(
          "convolve2d: expected a kernel with "
              + l.c()
              + " channels (axis 2) to match the image, got kernel shape "
              + kernel.shape()
              + " for an image of shape ["
              + l.h()
              + ", "
              + l.w()
              + (l.rank() == 3 ? ", " + l.c() : "")
              + "]");
    }
    return kd;
  }

  // ---------------------------------------------------------------- filter2D

  /** OpenCV's {@code filter2D} with the default border (reflect-101), float output. */
  public static Tensor filter2D(Tensor image, Tensor kernel) {
    return BorderFilter.apply(image, kernel, Border.REFLECT_101, false, -1, -1);
  }

  /** OpenCV's {@code filter2D} with a border, float output. */
  public static Tensor filter2D(Tensor image, Tensor kernel, Border border) {
    return BorderFilter.apply(image, kernel, border, false, -1, -1);
  }

  /**
   * OpenCV's {@code filter2D} with a border; {@code saturate} rounds half to even and clips to
   * 0..255 as OpenCV stores a {@code CV_8U} result.
   */
  public static Tensor filter2D(Tensor image, Tensor kernel, Border border, boolean saturate) {
    return BorderFilter.apply(image, kernel, border, saturate, -1, -1);
  }

  /**
   * OpenCV's {@code filter2D} with an anchor: the kernel element {@code (anchorY, anchorX)} lies
   * over the output pixel; {@code -1} means the centre, {@code k / 2}.
   */
  public static Tensor filter2D(
      Tensor image, Tensor kernel, Border border, boolean saturate, int anchorY, int anchorX) {
    return BorderFilter.apply(image, kernel, border, saturate, anchorY, anchorX);
  }

  // ---------------------------------------------------------------- pooling

  /** Max pooling in {@code size x size} windows moved by {@code size} (valid). */
  public static Tensor maxPool(Tensor image, int size) {
    return pool("maxPool", image, size, size, true);
  }

  /** Max pooling in {@code size x size} windows moved by {@code stride} (valid). */
  public static Tensor maxPool(Tensor image, int size, int stride) {
    return pool("maxPool", image, size, stride, true);
  }

  /** Average pooling in {@code size x size} windows moved by {@code size} (valid). */
  public static Tensor averagePool(Tensor image, int size) {
    return pool("averagePool", image, size, size, false);
  }

  /** Average pooling in {@code size x size} windows moved by {@code stride} (valid). */
  public static Tensor averagePool(Tensor image, int size, int stride) {
    return pool("averagePool", image, size, stride, false);
  }

  private static Tensor pool(String where, Tensor image, int size, int stride, boolean max) {
    Planes.Layout l = Planes.Layout.of(where, image);
    if (size < 1 || stride < 1) {
      throw new IllegalArgumentException(
          where + ": expected size >= 1 and stride >= 1, got size=" + size + ", stride=" + stride);
    }
    if (size > l.h() || size > l.w()) {
      throw new IllegalArgumentException(
          where
              + ": window "
              + size
              + "x"
              + size
              + " does not fit an image of "
              + l.h()
              + "x"
              + l.w());
    }
    SlidingWindow w = SlidingWindow.of(size, size, stride, stride, Padding.VALID, l.h(), l.w());
    int outH = w.outputHeight(l.h());
    int outW = w.outputWidth(l.w());
    Tensor x = image.reshape(1, l.h(), l.w(), l.c());
    Tensor y = Tensor.zeros(1, outH, outW, l.c());
    if (max) {
      Ops.maxPool(x, w, y, null);
    } else {
      Ops.averagePool(x, w, y);
    }
    return l.wrap(y.toArray(), outH, outW);
  }
}
