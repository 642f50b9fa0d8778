package io.fovea.tensor;

/**
 * The text of {@link Tensor#toString()}: the shape, then the values nested by axis as NumPy prints
 * them, on one line, e.g. {@code Tensor[2, 3] [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]}.
 *
 * <p>A tensor of more than {@link #THRESHOLD} elements is summarised: along every axis longer than
 * {@code 2 * EDGE}, only the first and last {@link #EDGE} entries are shown, with {@code ...}
 * between them (NumPy's {@code threshold=1000, edgeitems=3}).
 */
final class TensorFormat {

  static final int THRESHOLD = 1000;
  static final int EDGE = 3;

  private TensorFormat() {}

  static String format(Tensor t) {
    StringBuilder sb = new StringBuilder("Tensor").append(t.shape()).append(' ');
    if (t.rank() == 0) {
      return sb.append(t.data()[t.offset()]).toString();
    }
    boolean summarise = t.size() > THRESHOLD;
    int[] dims = t.shape().dims();
    appendAxis(sb, t.data(), t.offset(), dims, t.shape().strides(), 0, summarise);
    return sb.toString();
  }

  private static void appendAxis(
      StringBuilder sb,
      float[] data,
      int base,
      int[] dims,
      int[] strides,
      int axis,
      boolean summarise) {
    sb.append('[');
    int n = dims[axis];
    boolean cut = summarise && n > 2 * EDGE;
    for (int i = 0; i < n; i++) {
      if (cut && i == EDGE) {
        sb.append("..., ");
        i = n - EDGE;
      }
      if (axis == dims.length - 1) {
        sb.append(data[base + i]);
      } else {
        appendAxis(sb, data, base + i * strides[axis], dims, strides, axis + 1, summarise);
      }
      if (i < n - 1) {
        sb.append(", ");
      }
    }
    sb.append(']');
  }
}
