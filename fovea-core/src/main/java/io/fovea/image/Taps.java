package io.fovea.image;

/**
 * For each output index {@code d} of one axis, the input indices it reads and their weights: {@code
 * out[d] = sum_k weight[d][k] * in[index[d][k]]}. Built with the formulas of {@link Resize}.
 */
final class Taps {

  final int[][] index;
  final float[][] weight;

  private Taps(int dst) {
    index = new int[dst][];
    weight = new float[dst][];
  }

  static Taps nearest(int src, int dst) {
    Taps t = new Taps(dst);
    double scale = (double) src / dst;
    for (int d = 0; d < dst; d++) {
      t.set(d, new int[] {Math.min((int) Math.floor(d * scale), src - 1)}, new float[] {1f});
    }
    return t;
  }

  /** Bilinear taps; {@code areaMode} is OpenCV's enlarging {@code INTER_AREA} variant. */
  static Taps linear(int src, int dst, boolean areaMode) {
    Taps t = new Taps(dst);
    double scale = (double) src / dst;
    for (int d = 0; d < dst; d++) {
      int s;
      float f;
      if (areaMode) {
        s = (int) Math.floor(d * scale);
        f = (float) ((d + 1) - (s + 1) * ((double) dst / src));
        f = f <= 0 ? 0f : f - (float) Math.floor(f);
      } else {
        // OpenCV computes the source coordinate in float.
        float fs = (float) ((d + 0.5) * scale - 0.5);
        s = (int) Math.floor(fs);
        f = fs - s;
      }
      if (s < 0) {
        s = 0;
        f = 0f;
      }
      if (s >= src - 1) {
        s = src - 1;
        f = 0f;
      }
      if (f == 0f) {
        t.set(d, new int[] {s}, new float[] {1f});
      } else {
        t.set(d, new int[] {s, s + 1}, new float[] {1f - f, f});
      }
    }
    return t;
  }

  /** Area-mean taps for shrinking ({@code dst <= src}), as OpenCV's computeResizeAreaTab. */
  static Taps area(int src, int dst) {
    Taps t = new Taps(dst);
    double scale = (double) src / dst;
    for (int d = 0; d < dst; d++) {
      double from = d * scale;
      double to = from + scale;
      double cell = Math.min(scale, src - from);
      int first = (int) Math.ceil(from);
      int last = Math.min((int) Math.floor(to), src - 1);
      first = Math.min(first, last);
      boolean head = first - from > 1e-3;
      boolean tail = to - last > 1e-3;
      int n = (head ? 1 : 0) + (last - first) + (tail ? 1 : 0);
      int[] index = new int[n];
      float[] weight = new float[n];
      int k = 0;
      if (head) {
        index[k] = first - 1;
        weight[k++] = (float) ((first - from) / cell);
      }
      for (int s = first; s < last; s++) {
        index[k] = s;
        weight[k++] = (float) (1 / cell);
      }
      if (tail) {
        index[k] = last;
        weight[k] = (float) (Math.min(Math.min(to - last, 1), cell) / cell);
      }
      t.set(d, index, weight);
    }
    return t;
  }

  private void set(int d, int[] idx, float[] w) {
    index[d] = idx;
    weight[d] = w;
  }
}
