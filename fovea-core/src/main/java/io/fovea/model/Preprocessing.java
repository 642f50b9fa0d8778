package io.fovea.model;

import io.fovea.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How raw images become a model's input, stored with the model so that whoever evaluates or
 * predicts with it prepares images the way it was trained. Images are read with pixels 0..255,
 * converted to {@link #colorMode()} ({@link ColorMode#RGB}, 3 channels, or {@link
 * ColorMode#GRAYSCALE}, 1), resized to {@link #height()} x {@link #width()} (0 when unknown: the
 * model's input size), then scaled by {@link #apply} as the {@link #mode()} says:
 *
 * <pre>
 *   NONE, RESCALE, SCALE_TO   x' = x * scale + offset         (the affine modes)
 *     rescale r                 scale r,             offset 0   (1/255: pixels in [0, 1])
 *     scaleTo a, b              scale (b - a) / 255, offset a   (-1,1: scale 2/255, offset -1)
 *   CAFFE                     x' = BGR(x) - [103.939, 116.779, 123.68]   (Keras's preprocess_input)
 *   TF                        x' = x / 127.5 - 1
 *   TORCH                     x' = (x / 255 - [0.485, 0.456, 0.406]) / [0.229, 0.224, 0.225]
 * </pre>
 *
 * The affine mode is not stored but follows from the numbers (offset 0: {@code RESCALE}, or {@code
 * NONE} for scale 1; else {@code SCALE_TO}), so equal maps are equal however they were made. {@link
 * #classNames()} name the model's outputs in order (empty when unknown). Shapes: {@code x} {@code
 * [..., channels]} in (3 channels for {@code CAFFE} and {@code TORCH}), the same shape out. Reading
 * and resizing files is {@code io.fovea.data.ModelInputs}, which may use images; this package may
 * not.
 */
public record Preprocessing(
    double scale,
    double offset,
    Mode mode,
    ColorMode colorMode,
    int height,
    int width,
    List<String> classNames) {

  /** How pixels 0..255 are scaled: an affine map, or one of Keras's {@code preprocess_input}. */
  public enum Mode {
    /** {@code x' = x}. */
    NONE(null),
    /** {@code x' = x * scale}. */
    RESCALE(null),
    /** {@code x' = x * scale + offset}. */
    SCALE_TO(null),
    /** RGB to BGR, minus the ImageNet mean (VGG16, ResNet50). */
    CAFFE("caffe"),
    /** {@code x / 127.5 - 1}, into [-1, 1]. */
    TF("tf"),
    /** {@code (x / 255 - mean) / std} per RGB channel. */
    TORCH("torch");

    private final String keras;

    Mode(String keras) {
      this.keras = keras;
    }

    /** Keras's name for {@code preprocess_input} ({@code "caffe"}, ...), null for affine modes. */
    public String keras() {
      return keras;
    }

    /** Whether this is {@code x * scale + offset}. */
    public boolean isAffine() {
      return keras == null;
    }

    /** Whether the formula works per RGB channel, so that images need 3 channels. */
    public boolean needsRgb() {
      return this == CAFFE || this == TORCH;
    }

    /**
     * The {@code preprocess_input} mode Keras spells {@code name}.
     *
     * @throws IllegalArgumentException naming {@code name} and the accepted names
     */
    public static Mode parse(String name) {
      for (Mode m : values()) {
        if (m.keras != null && m.keras.equals(name)) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "Preprocessing: expected mode among " + names() + " or none, got '" + name + "'");
    }

    /** {@code [caffe, tf, torch]}: the names {@link #parse} accepts. */
    public static List<String> names() {
      return Arrays.stream(values()).map(Mode::keras).filter(k -> k != null).toList();
    }

    static Mode affine(double scale, double offset) {
      if (offset != 0) {
        return SCALE_TO;
      }
      return scale == 1 ? NONE : RESCALE;
    }
  }

  /** The colour of the images a model takes (Keras's {@code color_mode}). */
  public enum ColorMode {
    /** 3 channels, red, green, blue. */
    RGB("rgb", 3),
    /** 1 channel. */
    GRAYSCALE("grayscale", 1);

    private final String keras;
    private final int channels;

    ColorMode(String keras, int channels) {
      this.keras = keras;
      this.channels = channels;
    }

    /** Keras's name: {@code "rgb"} or {@code "grayscale"}. */
    public String keras() {
      return keras;
    }

    /** The channels of an image in this mode. */
    public int channels() {
      return channels;
    }

    /**
     * The colour mode Keras spells {@code name}.
     *
     * @throws IllegalArgumentException naming {@code name} and the accepted names
     */
    public static ColorMode parse(String name) {
      for (ColorMode c : values()) {
        if (c.keras.equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException(
          "Preprocessing: expected colorMode among " + names() + ", got '" + name + "'");
    }

    /** {@code [rgb, grayscale]}: the names {@link #parse} accepts. */
    public static List<String> names() {
      return Arrays.stream(values()).map(ColorMode::keras).toList();
    }
  }

  private static final float[] CAFFE_MEAN_BGR = {103.939f, 116.779f, 123.68f};
  private static final float[] TORCH_MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] TORCH_STD = {0.229f, 0.224f, 0.225f};

  /** Checks the values, derives an affine mode from the numbers and copies the class names. */
  public Preprocessing {
    if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
      throw new IllegalArgumentException(
          "Preprocessing: expected a finite scale and offset, got " + scale + ", " + offset);
    }
    if (colorMode == null) {
      throw new IllegalArgumentException(
          "Preprocessing: expected colorMode among " + ColorMode.names() + ", got null");
    }
    if (height < 0 || width < 0) {
      throw new IllegalArgumentException(
          "Preprocessing: expected a size >= 0 (0: unknown), got " + height + "x" + width);
    }
    mode = mode == null || mode.isAffine() ? Mode.affine(scale, offset) : mode;
    classNames = List.copyOf(classNames);
  }

  /**
   * The same from Keras's spellings: {@code mode} {@code "caffe"}, {@code "tf"}, {@code "torch"} or
   * null (affine), {@code colorMode} {@code "rgb"} or {@code "grayscale"}.
   *
   * @throws IllegalArgumentException naming a value that is none of these
   */
  public Preprocessing(
      double scale,
      double offset,
      String mode,
      String colorMode,
      int height,
      int width,
      List<String> classNames) {
    this(
        scale,
        offset,
        mode == null ? null : Mode.parse(mode),
        ColorMode.parse(colorMode),
        height,
        width,
        classNames);
  }

  /** Pixels as read, 0..255 RGB of the model's size: {@code x' = x}. */
  public static Preprocessing none() {
    return new Preprocessing(1, 0, Mode.NONE, ColorMode.RGB, 0, 0, List.of());
  }

  /** {@code x' = x * factor} (Keras's {@code rescale}, e.g. 1/255). */
  public static Preprocessing rescale(double factor) {
    return none().withAffine(factor, 0);
  }

  /** Pixels 0..255 mapped linearly onto {@code [lo, hi]}: scale {@code (hi - lo) / 255}. */
  public static Preprocessing scaleTo(double lo, double hi) {
    if (!(hi > lo)) {
      throw new IllegalArgumentException(
          "Preprocessing.scaleTo: expected lo < hi, got " + lo + ", " + hi);
    }
    return none().withAffine((hi - lo) / 255, lo);
  }

  /** Keras's {@code preprocess_input} in {@code mode}: caffe, tf or torch. */
  public static Preprocessing preprocessInput(String mode) {
    if (mode == null) {
      throw new IllegalArgumentException(
          "Preprocessing.preprocessInput: expected mode among " + Mode.names() + ", got null");
    }
    return preprocessInput(Mode.parse(mode));
  }

  /**
   * Keras's {@code preprocess_input} in {@code mode}: {@code CAFFE}, {@code TF} or {@code TORCH}.
   */
  public static Preprocessing preprocessInput(Mode mode) {
    if (mode == null || mode.isAffine()) {
      throw new IllegalArgumentException(
          "Preprocessing.preprocessInput: expected mode among " + Mode.names() + ", got " + mode);
    }
    return new Preprocessing(1, 0, mode, ColorMode.RGB, 0, 0, List.of());
  }

  /** Whether the scaling is the affine map {@code x * scale + offset}. */
  public boolean isAffine() {
    return mode.isAffine();
  }

  /** A copy with the affine map {@code x * scale + offset} and no {@code preprocess_input}. */
  public Preprocessing withAffine(double newScale, double newOffset) {
    return new Preprocessing(newScale, newOffset, Mode.NONE, colorMode, height, width, classNames);
  }

  /** A copy for images of {@code color} at this size. */
  public Preprocessing withImages(ColorMode color, int h, int w) {
    return new Preprocessing(scale, offset, mode, color, h, w, classNames);
  }

  /** A copy for images of {@code color} ({@code "rgb"} or {@code "grayscale"}) at this size. */
  public Preprocessing withImages(String color, int h, int w) {
    return withImages(ColorMode.parse(color), h, w);
  }

  /** A copy with these output class names. */
  public Preprocessing withClassNames(List<String> names) {
    return new Preprocessing(scale, offset, mode, colorMode, height, width, names);
  }

  /**
   * {@code x} scaled as {@link #mode()} says, as a new tensor ({@code x} itself for {@code NONE}).
   *
   * @throws IllegalArgumentException for {@code CAFFE} or {@code TORCH} when the last axis is not 3
   */
  public Tensor apply(Tensor x) {
    return switch (mode) {
      case NONE -> x;
      case RESCALE, SCALE_TO -> affine(x);
      case TF -> x.map(v -> v / 127.5f - 1f);
      case CAFFE, TORCH -> perChannel(x);
    };
  }

  private Tensor affine(Tensor x) {
    float s = (float) scale;
    float o = (float) offset;
    return x.map(v -> v * s + o);
  }

  private Tensor perChannel(Tensor images) {
    int[] dims = images.shape().dims();
    if (dims.length == 0 || dims[dims.length - 1] != 3) {
      throw new IllegalArgumentException(
          "Preprocessing.apply: expected RGB images with 3 channels last for mode "
              + mode.keras()
              + ", got shape "
              + images.shape());
    }
    float[] x = images.toArray();
    if (mode == Mode.CAFFE) {
      for (int i = 0; i < x.length; i += 3) {
        float r = x[i];
        x[i] = x[i + 2] - CAFFE_MEAN_BGR[0];
        x[i + 1] -= CAFFE_MEAN_BGR[1];
        x[i + 2] = r - CAFFE_MEAN_BGR[2];
      }
    } else {
      for (int i = 0; i < x.length; i++) {
        int c = i % 3;
        x[i] = (x[i] / 255f - TORCH_MEAN[c]) / TORCH_STD[c];
      }
    }
    return Tensor.of(x, dims);
  }

  /** "x * 0.00392157 + 0.00000, grayscale 28x28, 10 class names" for messages and reports. */
  public String describe() {
    String scaling =
        isAffine()
            ? String.format(Locale.ROOT, "x * %.6g + %.6g", scale, offset)
            : "preprocess_input " + mode.keras();
    String size = height == 0 ? "model size" : height + "x" + width;
    return scaling
        + ", "
        + colorMode.keras()
        + " "
        + size
        + ", "
        + classNames.size()
        + " class names";
  }
}
