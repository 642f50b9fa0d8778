package io.fovea.data;

import io.fovea.tensor.Tensor;

/** The normalisation steps of {@link ImageDataGenerator#standardize}, in Keras's order. */
final class Standardize {

  /** Keras's guard against dividing by a zero deviation. */
  static final float EPSILON = 1e-6f;

  private Standardize() {}

  /** {@code {mean, std}} per channel of {@code x} {@code [n, h, w, c]}, accumulated in double. */
  static float[][] channelStats(Tensor x) {
    if (x == null || x.rank() != 4 || x.size() == 0) {
      throw new IllegalArgumentException(
          "ImageDataGenerator.fit: expected images [samples, "
              + "height, width, channels], got "
              + (x == null ? "null" : x.shape()));
    }
    int c = x.shape().dim(3);
    // Read in place with getFlat: x is the whole training set, too large to copy.
    int pixels = x.size() / c;
    double[] sum = new double[c];
    for (int p = 0; p < pixels; p++) {
      for (int k = 0; k < c; k++) {
        sum[k] += x.getFlat(p * c + k);
      }
    }
    double[] sq = new double[c];
    for (int p = 0; p < pixels; p++) {
      for (int k = 0; k < c; k++) {
        double d = x.getFlat(p * c + k) - sum[k] / pixels;
        sq[k] += d * d;
      }
    }
    float[] mean = new float[c];
    float[] std = new float[c];
    for (int k = 0; k < c; k++) {
      mean[k] = (float) (sum[k] / pixels);
      std[k] = (float) Math.sqrt(sq[k] / pixels);
    }
    return new float[][] {mean, std};
  }

  /** Rescale, samplewise centre and scale, featurewise centre and scale ({@code null}: off). */
  static void apply(
      float[] img,
      int c,
      float rescale,
      boolean sampleCenter,
      boolean sampleStd,
      float[] mean,
      float[] std) {
    if (rescale != 1f) {
      for (int i = 0; i < img.length; i++) {
        img[i] *= rescale;
      }
    }
    if (sampleCenter || sampleStd) {
      double m = 0;
      for (float v : img) {
        m += v;
      }
      m /= img.length;
      double var = 0;
      for (float v : img) {
        var += (v - m) * (v - m);
      }
      float shift = sampleCenter ? (float) m : 0f;
      float scale = sampleStd ? (float) Math.sqrt(var / img.length) + EPSILON : 1f;
      for (int i = 0; i < img.length; i++) {
        img[i] = (img[i] - shift) / scale;
      }
    }
    if (mean != null || std != null) {
      for (int i = 0; i < img.length; i++) {
        int k = i % c;
        float v = mean != null ? img[i] - mean[k] : img[i];
        img[i] = std != null ? v / (std[k] + EPSILON) : v;
      }
    }
  }
}
