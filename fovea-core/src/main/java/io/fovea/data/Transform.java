package io.fovea.data;

/**
 * The random transform of one image (Keras's {@code get_random_transform} dictionary), applied by
 * {@link ImageDataGenerator#applyTransform} in Keras's order: the affine part, then the flips, then
 * the brightness.
 *
 * <p>The affine part maps each output pixel {@code o = (row, col)} back to the input point {@code c
 * + R(theta) T(tx, ty) S(shear) Z(zx, zy) (o - c)}, where {@code c = ((h-1)/2, (w-1)/2)} is the
 * centre, {@code R = [[cos, -sin], [sin, cos]]}, {@code T} adds {@code tx} to the row and {@code
 * ty} to the column, {@code S = [[1, -sin(shear)], [0, cos(shear)]]} and {@code Z = diag(zx, zy)}
 * (Keras's {@code apply_affine_transform}, which hands this matrix to SciPy's {@code
 * affine_transform}). So {@code tx > 0} shows content from lower rows (it moves up) and {@code zx >
 * 1} shows a larger area (the content shrinks).
 *
 * @param theta rotation in degrees
 * @param tx shift along the rows (height), in pixels
 * @param ty shift along the columns (width), in pixels
 * @param shear shear angle in degrees
 * @param zx zoom of the rows
 * @param zy zoom of the columns
 * @param flipHorizontal whether to mirror left-right
 * @param flipVertical whether to mirror top-bottom
 * @param brightness factor of the brightness, or NaN for none
 */
public record Transform(
    double theta,
    double tx,
    double ty,
    double shear,
    double zx,
    double zy,
    boolean flipHorizontal,
    boolean flipVertical,
    double brightness) {

  /** The transform that changes nothing. */
  public static Transform identity() {
    return new Transform(0, 0, 0, 0, 1, 1, false, false, Double.NaN);
  }

  /** A rotation by {@code degrees} about the centre. */
  public Transform withTheta(double degrees) {
    return new Transform(degrees, tx, ty, shear, zx, zy, flipHorizontal, flipVertical, brightness);
  }

  /** A shift by {@code rows} and {@code cols} pixels. */
  public Transform withShift(double rows, double cols) {
    return new Transform(
        theta, rows, cols, shear, zx, zy, flipHorizontal, flipVertical, brightness);
  }

  /** A shear by {@code degrees}. */
  public Transform withShear(double degrees) {
    return new Transform(theta, tx, ty, degrees, zx, zy, flipHorizontal, flipVertical, brightness);
  }

  /** A zoom by {@code rows} and {@code cols}. */
  public Transform withZoom(double rows, double cols) {
    return new Transform(
        theta, tx, ty, shear, rows, cols, flipHorizontal, flipVertical, brightness);
  }

  /** Mirrors left-right and/or top-bottom. */
  public Transform withFlips(boolean horizontal, boolean vertical) {
    return new Transform(theta, tx, ty, shear, zx, zy, horizontal, vertical, brightness);
  }

  /** Scales the brightness by {@code factor}. */
  public Transform withBrightness(double factor) {
    return new Transform(theta, tx, ty, shear, zx, zy, flipHorizontal, flipVertical, factor);
  }

  /** Whether the affine part moves any pixel. */
  boolean hasAffine() {
    return theta != 0 || tx != 0 || ty != 0 || shear != 0 || zx != 1 || zy != 1;
  }

  /**
   * The inverse map {@code {a, b, e, c, d, f}}: input row {@code = a*row + b*col + e}, input col
   * {@code = c*row + d*col + f}, for an image of {@code h} rows and {@code w} columns.
   */
  double[] inverseMap(int h, int w) {
    double t = Math.toRadians(theta);
    double[][] m = {{Math.cos(t), -Math.sin(t), 0}, {Math.sin(t), Math.cos(t), 0}, {0, 0, 1}};
    m = times(m, new double[][] {{1, 0, tx}, {0, 1, ty}, {0, 0, 1}});
    double s = Math.toRadians(shear);
    m = times(m, new double[][] {{1, -Math.sin(s), 0}, {0, Math.cos(s), 0}, {0, 0, 1}});
    m = times(m, new double[][] {{zx, 0, 0}, {0, zy, 0}, {0, 0, 1}});
    double oy = h / 2.0 - 0.5;
    double ox = w / 2.0 - 0.5;
    // Keras's transform_matrix_offset_center: move the centre to the origin and back.
    m = times(new double[][] {{1, 0, oy}, {0, 1, ox}, {0, 0, 1}}, m);
    m = times(m, new double[][] {{1, 0, -oy}, {0, 1, -ox}, {0, 0, 1}});
    return new double[] {m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]};
  }

  private static double[][] times(double[][] p, double[][] q) {
    double[][] r = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        r[i][j] = p[i][0] * q[0][j] + p[i][1] * q[1][j] + p[i][2] * q[2][j];
      }
    }
    return r;
  }
}
