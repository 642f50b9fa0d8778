package io.fovea.image;

import io.fovea.tensor.Tensor;

/**
 * Named 2-D kernels {@code [kh, kw]} for {@link Filters#filter2D} and {@link Filters#convolve2d},
 * written for the correlation convention those use (no flip), so the response is positive where the
 * pattern is present.
 *
 * <ul>
 *   <li>{@link #sobelX}, {@link #prewittX}: {@code [[-1,0,1],[-s,0,s],[-1,0,1]]} ({@code s = 2},
 *       {@code 1}), positive where brightness rises to the right, as OpenCV's {@code Sobel(dx=1)}
 *       and scikit-image. Some courses print the negation {@code [[1,0,-1],[2,0,-2],[1,0,-1]]}
 *       (bright-to-dark): pass that text to {@link #parse} or negate. {@code sobelY}, {@code
 *       prewittY} are the transposes (brightness rising downwards).
 *   <li>{@link #horizontalLine} {@code [[-1,-1,-1],[2,2,2],[-1,-1,-1]]} and {@link #verticalLine}
 *       its transpose: a bright line one pixel wide; {@link #lightSpot} {@code
 *       [[-1,-1,-1],[-1,8,-1],[-1,-1,-1]]} a bright isolated pixel, {@link #darkSpot} its negation.
 *       Each sums to zero, so flat regions give 0.
 *   <li>{@link #laplacian} OpenCV's 3x3 {@code [[0,1,0],[1,-4,1],[0,1,0]]}; {@link #sharpen} {@code
 *       [[0,-1,0],[-1,5,-1],[0,-1,0]]} (identity minus the Laplacian), which sums to 1.
 *   <li>{@link #boxBlur} {@code 1 / size^2} everywhere; {@link #gaussian} the outer product of
 *       {@link #gaussian1d} with itself. Both sum to 1.
 * </ul>
 *
 * Every call returns a new tensor the caller may change.
 */
public final class Kernels2D {

  /** OpenCV's fixed kernels for odd sizes up to 7 when {@code sigma <= 0} (binomial rows). */
  private static final double[][] SMALL_GAUSSIAN = {
    {1},
    {0.25, 0.5, 0.25},
    {0.0625, 0.25, 0.375, 0.25, 0.0625},
    {0.03125, 0.109375, 0.21875, 0.28125, 0.21875, 0.109375, 0.03125}
  };

  private Kernels2D() {}

  /** Horizontal gradient, {@code [[-1,0,1],[-2,0,2],[-1,0,1]]}. */
  public static Tensor sobelX() {
    return Tensor.of(new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
  }

  /** Vertical gradient, {@code [[-1,-2,-1],[0,0,0],[1,2,1]]}. */
  public static Tensor sobelY() {
    return sobelX().transpose();
  }

  /** Horizontal gradient, {@code [[-1,0,1],[-1,0,1],[-1,0,1]]}. */
  public static Tensor prewittX() {
    return Tensor.of(new float[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});
  }

  /** Vertical gradient, {@code [[-1,-1,-1],[0,0,0],[1,1,1]]}. */
  public static Tensor prewittY() {
    return prewittX().transpose();
  }

  /** A bright horizontal line, {@code [[-1,-1,-1],[2,2,2],[-1,-1,-1]]}. */
  public static Tensor horizontalLine() {
    return Tensor.of(new float[][] {{-1, -1, -1}, {2, 2, 2}, {-1, -1, -1}});
  }

  /** A bright vertical line, {@code [[-1,2,-1],[-1,2,-1],[-1,2,-1]]}. */
  public static Tensor verticalLine() {
    return horizontalLine().transpose();
  }

  /** A bright spot, {@code [[-1,-1,-1],[-1,8,-1],[-1,-1,-1]]}. */
  public static Tensor lightSpot() {
    return Tensor.of(new float[][] {{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}});
  }

  /** A dark spot, {@code [[1,1,1],[1,-8,1],[1,1,1]]}. */
  public static Tensor darkSpot() {
    return lightSpot().mul(-1f);
  }

  /** OpenCV's 3x3 Laplacian, {@code [[0,1,0],[1,-4,1],[0,1,0]]}. */
  public static Tensor laplacian() {
    return Tensor.of(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
  }

  /** Sharpening, {@code [[0,-1,0],[-1,5,-1],[0,-1,0]]}. */
  public static Tensor sharpen() {
    return Tensor.of(new float[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
  }

  /** The mean of a {@code size x size} neighbourhood: every entry {@code 1 / size^2}. */
  public static Tensor boxBlur(int size) {
    checkSize("boxBlur", size);
    return Tensor.full(1f / (size * size), size, size);
  }

  /**
   * OpenCV's {@code getGaussianKernel(size, sigma)} as {@code [size]}: {@code w_i = exp(-(i - (size
   * - 1) / 2)^2 / (2 sigma^2))} normalised to sum 1, computed in double. A {@code sigma <= 0} means
   * {@code 0.3 * ((size - 1) * 0.5 - 1) + 0.8}, except that for odd sizes up to 7 OpenCV returns
   * its fixed binomial kernels ({@code [1/4, 1/2, 1/4]} for 3), and so does this.
   */
  public static Tensor gaussian1d(int size, double sigma) {
    checkSize("gaussian", size);
    if (Double.isNaN(sigma)) {
      throw new IllegalArgumentException("gaussian: expected a sigma, got NaN");
    }
    double[] w = new double[size];
    if (sigma <= 0 && size % 2 == 1 && size <= 7) {
      w = SMALL_GAUSSIAN[size / 2].clone();
    } else {
      double s = sigma > 0 ? sigma : 0.3 * ((size - 1) * 0.5 - 1) + 0.8;
      double sum = 0;
      for (int i = 0; i < size; i++) {
        double x = i - (size - 1) * 0.5;
        w[i] = Math.exp(-x * x / (2 * s * s));
        sum += w[i];
      }
      for (int i = 0; i < size; i++) {
        w[i] /= sum;
      }
    }
    float[] out = new float[size];
    for (int i = 0; i < size; i++) {
      out[i] = (float) w[i];
    }
    return Tensor.wrap(out, size);
  }

  /** The 2-D Gaussian {@code g g^T} of {@link #gaussian1d}, {@code [size, size]}, sum 1. */
  public static Tensor gaussian(int size, double sigma) {
    float[] g = gaussian1d(size, sigma).toArray();
    return Tensor.fromFunction(io.fovea.tensor.Shape.of(size, size), i -> g[i[0]] * g[i[1]]);
  }

  /**
   * A kernel from text such as {@code "[[1,0,-1],[2,0,-2],[1,0,-1]]"} (rank 2) or {@code "[1,2,1]"}
   * (rank 1): square brackets, commas, numbers in Java's float syntax, spaces anywhere.
   *
   * @throws IllegalArgumentException naming the character position and what was expected
   */
  public static Tensor parse(String text) {
    return KernelText.parse(text);
  }

  private static void checkSize(String where, int size) {
    if (size < 1) {
      throw new IllegalArgumentException(where + ": expected a kernel size >= 1, got " + size);
    }
  }
}
