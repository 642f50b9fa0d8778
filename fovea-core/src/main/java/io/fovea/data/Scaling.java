package io.fovea.data;

import io.fovea.tensor.Tensor;

/**
 * Value scaling for inputs: {@code rescale(x, 1/255f)} for pixels, and NumPy's {@code interp(x, xp,
 * fp)}, the piecewise-linear map through points {@code (xp[i], fp[i])}, e.g. {@code interp(x, [0,
 * 255], [-1, 1])} for pixels in [-1, 1].
 *
 * <p>{@code interp}: for {@code xp[i] <= x <= xp[i+1]}, {@code y = fp[i] + (x - xp[i]) * (fp[i+1] -
 * fp[i]) / (xp[i+1] - xp[i])}; below {@code xp[0]} it is {@code fp[0]}, above the last point the
 * last {@code fp} (clamped, as NumPy does). Output has the shape of {@code x}.
 */
public final class Scaling {

  private Scaling() {}

  /** {@code x * factor}, a new tensor (Keras's {@code rescale}). */
  public static Tensor rescale(Tensor x, float factor) {
    return x.mul(factor);
  }

  /**
   * The piecewise-linear interpolation of every element of {@code x}.
   *
   * @throws IllegalArgumentException if {@code xp} is empty, not increasing, or of another length
   *     than {@code fp}
   */
  public static Tensor interp(Tensor x, float[] xp, float[] fp) {
    if (xp.length == 0 || xp.length != fp.length) {
      throw new IllegalArgumentException(
          "interp: expected xp and fp of equal length >= 1, got "
              + xp.length
              + " and "
              + fp.length);
    }
    for (int i = 1; i < xp.length; i++) {
      if (!(xp[i] > xp[i - 1])) {
        throw new IllegalArgumentException(
            "interp: expected increasing xp, got xp["
                + (i - 1)
                + "] = "
                + xp[i - 1]
                + " and xp["
                + i
                + "] = "
                + xp[i]);
      }
    }
    return x.map(v -> (float) at(v, xp, fp));
  }

  private static double at(float v, float[] xp, float[] fp) {
    int last = xp.length - 1;
    if (v <= xp[0]) {
      return fp[0];
    }
    if (v >= xp[last]) {
      return fp[last];
    }
    if (Float.isNaN(v)) {
      return v;
    }
    int i = 0;
    while (v > xp[i + 1]) {
      i++;
    }
    double t = ((double) v - xp[i]) / ((double) xp[i + 1] - xp[i]);
    return fp[i] + t * ((double) fp[i + 1] - fp[i]);
  }
}
