package io.fovea.data;

import java.nio.ByteOrder;

/**
 * Converts npy data between the file's layout (byte order, C or Fortran element order) and Fovea's
 * row-major little-endian bytes.
 *
 * <p>Fortran order: the element at multi-index {@code (i0, ..., ik)} sits at {@code i0 + d0 * (i1 +
 * d1 * (i2 + ...))}, the row-major index read backwards.
 */
final class NpyLayout {

  private NpyLayout() {}

  static byte[] toRowMajorLittle(byte[] raw, NpyHeader h) {
    byte[] b = h.fortranOrder() ? permute(raw, h.shape(), h.dtype().itemSize(), true) : raw;
    if (h.byteOrder() == ByteOrder.BIG_ENDIAN) {
      swap(b, h.dtype().itemSize());
    }
    return b;
  }

  static byte[] fromRowMajorLittle(byte[] rowMajor, NpyHeader h) {
    byte[] b =
        h.fortranOrder()
            ? permute(rowMajor, h.shape(), h.dtype().itemSize(), false)
            : rowMajor.clone();
    if (h.byteOrder() == ByteOrder.BIG_ENDIAN) {
      swap(b, h.dtype().itemSize());
    }
    return b;
  }

  /** Reverses the bytes of each item in place. */
  static void swap(byte[] b, int item) {
    for (int at = 0; at < b.length; at += item) {
      for (int i = 0, j = item - 1; i < j; i++, j--) {
        byte t = b[at + i];
        b[at + i] = b[at + j];
        b[at + j] = t;
      }
    }
  }

  /**
   * Copies between Fortran and C element orders: walks the row-major multi-index with an odometer
   * and keeps the column-major position of the same element.
   */
  private static byte[] permute(byte[] src, int[] shape, int item, boolean fortranToC) {
    byte[] dst = new byte[src.length];
    int rank = shape.length;
    int n = src.length / item;
    int[] colStride = new int[rank];
    int s = 1;
    for (int k = 0; k < rank; k++) {
      colStride[k] = s;
      s *= shape[k];
    }
    int[] idx = new int[rank];
    int col = 0;
    for (int row = 0; row < n; row++) {
      int from = fortranToC ? col : row;
      int to = fortranToC ? row : col;
      System.arraycopy(src, from * item, dst, to * item, item);
      for (int k = rank - 1; k >= 0; k--) {
        idx[k]++;
        col += colStride[k];
        if (idx[k] < shape[k]) {
          break;
        }
        col -= colStride[k] * idx[k];
        idx[k] = 0;
      }
    }
    return dst;
  }
}
