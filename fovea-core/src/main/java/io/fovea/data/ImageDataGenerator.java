package io.fovea.data;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Keras's {@code ImageDataGenerator}: batches of images from tensors ({@link #flow}) or from a
 * folder per class ({@link #flowFromDirectory}), preprocessed and randomly augmented.
 *
 * <pre>{@code
 * var gen = new ImageDataGenerator().rescale(1 / 255f).rotationRange(40)
 *     .widthShiftRange(0.2).heightShiftRange(0.2).shearRange(0.2).zoomRange(0.2)
 *     .horizontalFlip(true).validationSplit(0.2);
 * var train = gen.flowFromDirectory(dir, Flow.targetSize(150, 150).classMode("binary")
 *     .subset("training").seed(1));
 * model.fit(train, Fit.epochs(30).validationData(gen.flowFromDirectory(dir, ...)));
 * }</pre>
 *
 * <p>Each image {@code [h, w, c]} goes through, as in Keras: a random {@link Transform} (affine
 * map, flips, brightness), then {@link #standardize}: {@code x * rescale}, minus its own mean
 * (samplewise center), divided by its own standard deviation + 1e-6, minus the per-channel mean of
 * {@link #fit} (featurewise center), divided by that standard deviation + 1e-6. As in Keras, {@code
 * fit} sees the data as given, without {@code rescale}. Augmentation applies to training data only:
 * a flow of the {@code validation} subset is not augmented (Keras augments it too). The random
 * parameters of each batch come from the flow's seed, its pass and its index, so the same seed
 * gives the same batches whatever the threads do. Do not change a generator while its flows run.
 */
public final class ImageDataGenerator {

  private float rescale = 1f;
  private boolean featurewiseCenter;
  private boolean featurewiseStd;
  private boolean samplewiseCenter;
  private boolean samplewiseStd;
  private double rotationRange;
  private double widthShift;
  private double heightShift;
  private double shearRange;
  private double zoomLo = 1;
  private double zoomHi = 1;
  private double brightLo = Double.NaN;
  private double brightHi = Double.NaN;
  private boolean horizontalFlip;
  private boolean verticalFlip;
  private FillMode fillMode = FillMode.NEAREST;
  private float cval;
  private double validationSplit;
  private float[] mean;
  private float[] std;

  /** A generator that passes images through unchanged. */
  public ImageDataGenerator() {}

  /** Multiplies every pixel by {@code factor}, after augmentation (e.g. 1/255). */
  public ImageDataGenerator rescale(float factor) {
    this.rescale = factor;
    return this;
  }

  /** Subtracts the per-channel mean computed by {@link #fit}. */
  public ImageDataGenerator featurewiseCenter(boolean on) {
    this.featurewiseCenter = on;
    return this;
  }

  /** Divides by the per-channel standard deviation computed by {@link #fit} (+ 1e-6). */
  public ImageDataGenerator featurewiseStdNormalization(boolean on) {
    this.featurewiseStd = on;
    return this;
  }

  /** Subtracts each image's own mean over all its pixels and channels. */
  public ImageDataGenerator samplewiseCenter(boolean on) {
    this.samplewiseCenter = on;
    return this;
  }

  /** Divides each image by its own standard deviation (+ 1e-6). */
  public ImageDataGenerator samplewiseStdNormalization(boolean on) {
    this.samplewiseStd = on;
    return this;
  }

  /** Rotates by a uniform angle in {@code [-degrees, degrees]}. */
  public ImageDataGenerator rotationRange(double degrees) {
    this.rotationRange = nonNegative("rotationRange", degrees);
    return this;
  }

  /** Shifts columns by a uniform fraction of the width in {@code [-r, r]} (pixels if r >= 1). */
  public ImageDataGenerator widthShiftRange(double r) {
    this.widthShift = nonNegative("widthShiftRange", r);
    return this;
  }

  /** Shifts rows by a uniform fraction of the height in {@code [-r, r]} (pixels if r >= 1). */
  public ImageDataGenerator heightShiftRange(double r) {
    this.heightShift = nonNegative("heightShiftRange", r);
    return this;
  }

  /** Shears by a uniform angle in {@code [-degrees, degrees]} (degrees, as Keras). */
  public ImageDataGenerator shearRange(double degrees) {
    this.shearRange = nonNegative("shearRange", degrees);
    return this;
  }

  /** Zooms rows and columns by independent factors in {@code [1 - z, 1 + z]}. */
  public ImageDataGenerator zoomRange(double z) {
    return zoomRange(1 - z, 1 + z);
  }

  /** Zooms rows and columns by independent factors in {@code [lo, hi]}. */
  public ImageDataGenerator zoomRange(double lo, double hi) {
    if (!(lo > 0 && lo <= hi)) {
      throw new IllegalArgumentException(
          "ImageDataGenerator: expected zoomRange 0 < lo <= hi, " + "got [" + lo + ", " + hi + "]");
    }
    this.zoomLo = lo;
    this.zoomHi = hi;
    return this;
  }

  /** Scales the brightness by a uniform factor in {@code [lo, hi]}. */
  public ImageDataGenerator brightnessRange(double lo, double hi) {
    if (!(lo >= 0 && lo <= hi)) {
      throw new IllegalArgumentException(
          "ImageDataGenerator: expected brightnessRange "
              + "0 <= lo <= hi, got ["
              + lo
              + ", "
              + hi
              + "]");
    }
    this.brightLo = lo;
    this.brightHi = hi;
    return this;
  }

  /** Mirrors left-right with probability 1/2. */
  public ImageDataGenerator horizontalFlip(boolean on) {
    this.horizontalFlip = on;
    return this;
  }

  /** Mirrors top-bottom with probability 1/2. */
  public ImageDataGenerator verticalFlip(boolean on) {
    this.verticalFlip = on;
    return this;
  }

  /** How points from outside the image are filled (default nearest). */
  public ImageDataGenerator fillMode(FillMode mode) {
    this.fillMode = mode;
    return this;
  }

  /** By Keras name: {@code "nearest"}, {@code "constant"}, {@code "reflect"}, {@code "wrap"}. */
  public ImageDataGenerator fillMode(String name) {
    for (FillMode m : FillMode.values()) {
      if (m.name().equalsIgnoreCase(name)) {
        return fillMode(m);
      }
    }
    throw new IllegalArgumentException(
        "ImageDataGenerator: expected fillMode among nearest, "
            + "constant, reflect, wrap, got '"
            + name
            + "'");
  }

  /** The value of fill mode constant, in the units of the input pixels (before rescale). */
  public ImageDataGenerator cval(float value) {
    this.cval = value;
    return this;
  }

  /** The fraction of the data reserved for the {@code validation} subset of a flow. */
  public ImageDataGenerator validationSplit(double fraction) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "ImageDataGenerator: expected validationSplit in " + "[0, 1), got " + fraction);
    }
    this.validationSplit = fraction;
    return this;
  }

  /** The validation split (0 unless set). */
  public double validationSplit() {
    return validationSplit;
  }

  /**
   * Computes the per-channel mean and standard deviation of {@code x} {@code [n, h, w, c]} over its
   * samples, rows and columns (population deviation, as NumPy's {@code std}).
   */
  public ImageDataGenerator fit(Tensor x) {
    float[][] stats = Standardize.channelStats(x);
    this.mean = stats[0];
    this.std = stats[1];
    return this;
  }

  /** The per-channel mean {@code [c]} from {@link #fit}, or null. */
  public Tensor mean() {
    return mean == null ? null : Tensor.of(mean.clone(), mean.length);
  }

  /** The per-channel standard deviation {@code [c]} from {@link #fit}, or null. */
  public Tensor std() {
    return std == null ? null : Tensor.of(std.clone(), std.length);
  }

  /** Draws the random transform of one image of shape {@code [h, w, c]} from {@code rng}. */
  public Transform randomTransform(Shape imageShape, Rng rng) {
    double theta = rotationRange > 0 ? rng.nextDouble() * 2 * rotationRange - rotationRange : 0;
    double tx = shift(heightShift, imageShape.dim(0), rng);
    double ty = shift(widthShift, imageShape.dim(1), rng);
    double shear = shearRange > 0 ? rng.nextDouble() * 2 * shearRange - shearRange : 0;
    double zx = 1;
    double zy = 1;
    if (zoomLo != 1 || zoomHi != 1) {
      zx = zoomLo + (zoomHi - zoomLo) * rng.nextDouble();
      zy = zoomLo + (zoomHi - zoomLo) * rng.nextDouble();
    }
    boolean fh = horizontalFlip && rng.nextDouble() < 0.5;
    boolean fv = verticalFlip && rng.nextDouble() < 0.5;
    double b =
        Double.isNaN(brightLo) ? Double.NaN : brightLo + (brightHi - brightLo) * rng.nextDouble();
    return new Transform(theta, tx, ty, shear, zx, zy, fh, fv, b);
  }

  private static double shift(double range, int size, Rng rng) {
    if (range == 0) {
      return 0;
    }
    double v = rng.nextDouble() * 2 * range - range;
    return range < 1 ? v * size : v;
  }

  /** A copy of {@code image} {@code [h, w, c]} with transform {@code t} applied. */
  public Tensor applyTransform(Tensor image, Transform t) {
    Shape s = requireImage("applyTransform", image);
    float[] out = transform(image.toArray(), s.dim(0), s.dim(1), s.dim(2), t);
    return Tensor.of(out, s.dims());
  }

  /** A copy of {@code image} {@code [h, w, c]} after rescale and normalisation. */
  public Tensor standardize(Tensor image) {
    Shape s = requireImage("standardize", image);
    float[] out = image.toArray();
    standardize(out, s.dim(2));
    return Tensor.of(out, s.dims());
  }

  /** Applies {@code t} to {@code img} (possibly in place) and returns the result. */
  float[] transform(float[] img, int h, int w, int c, Transform t) {
    float[] out = img;
    if (t.hasAffine()) {
      out = Warp.affine(img, h, w, c, t.inverseMap(h, w), fillMode, cval);
    }
    if (t.flipHorizontal()) {
      Warp.flip(out, h, w, c, true);
    }
    if (t.flipVertical()) {
      Warp.flip(out, h, w, c, false);
    }
    if (!Double.isNaN(t.brightness())) {
      Warp.brightness(out, (float) t.brightness());
    }
    return out;
  }

  /** Rescales and normalises {@code img} of {@code c} channels in place. */
  void standardize(float[] img, int c) {
    Standardize.apply(
        img,
        c,
        rescale,
        samplewiseCenter,
        samplewiseStd,
        featurewiseCenter ? mean : null,
        featurewiseStd ? std : null);
  }

  /** Throws when featurewise statistics are asked for but {@link #fit} was not called. */
  void requireFitted(String where) {
    if ((featurewiseCenter || featurewiseStd) && mean == null) {
      throw new IllegalStateException(
          where
              + ": featurewiseCenter/StdNormalization need the "
              + "statistics of the data; call fit(x) first");
    }
  }

  /** Batches of {@code x} {@code [n, h, w, c]} and {@code y} {@code [n, ...]} (or null). */
  public ArrayFlow flow(Tensor x, Tensor y, Flow options) {
    return new ArrayFlow(this, x, y, options);
  }

  /** Batches of {@code x} and {@code y} with the given batch size, order and seed. */
  public ArrayFlow flow(Tensor x, Tensor y, int batchSize, boolean shuffle, long seed) {
    return flow(x, y, Flow.defaults().batchSize(batchSize).shuffle(shuffle).seed(seed));
  }

  /**
   * Batches of the images under {@code dir}, one subfolder per class; prints "Found N images
   * belonging to K classes." to the options' output.
   *
   * @throws IOException when the folder cannot be listed or holds no images
   */
  public DirectoryFlow flowFromDirectory(Path dir, Flow options) throws IOException {
    return new DirectoryFlow(this, dir, options);
  }

  private static Shape requireImage(String where, Tensor image) {
    if (image == null || image.rank() != 3) {
      throw new IllegalArgumentException(
          where
              + ": expected an image [height, width, "
              + "channels], got "
              + (image == null ? "null" : image.shape()));
    }
    return image.shape();
  }

  private static double nonNegative(String what, double v) {
    if (!(v >= 0)) {
      throw new IllegalArgumentException(
          "ImageDataGenerator: expected " + what + " >= 0, got " + v);
    }
    return v;
  }
}
