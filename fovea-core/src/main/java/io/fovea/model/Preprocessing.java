package io.fovea.model;

import io.fovea.tensor.Tensor;
import java.util.List;
import java.util.Locale;

/**
 * How raw images become a model's input, stored with the model so that whoever evaluates or
 * predicts with it prepares images the way it was trained. Images are read with pixels 0..255,
 * converted to {@link #colorMode()} ({@code "rgb"}, 3 channels, or {@code "grayscale"}, 1), resized
 * to {@link #height()} x {@link #width()} (0 when unknown: the model's input size), then scaled:
 *
 * <pre>
 *   affine (mode null)   x' = x * scale + offset
 *     --rescale r          scale r,             offset 0     (1/255: pixels in [0, 1])
 *     --scale-to a,b       scale (b - a) / 255, offset a     (-1,1: scale 2/255, offset -1)
 *   mode "caffe"         x' = BGR(x) - [103.939, 116.779, 123.68]     (Keras's preprocess_input)
 *   mode "tf"            x' = x / 127.5 - 1
 *   mode "torch"         x' = (x / 255 - [0.485, 0.456, 0.406]) / [0.229, 0.224, 0.225]
 * </pre>
 *
 * The modes are applied by {@code io.fovea.applications.ImageNet.preprocessInput(x, mode)}; {@link
 * #apply} does the affine map. {@link #classNames()} name the model's outputs in order (empty when
 * unknown). Shapes: {@code x} {@code [n, height, width, channels]} in, the same shape out.
 */
public record Preprocessing(
    double scale,
    double offset,
    String mode,
    String colorMode,
    int height,
    int width,
    List<String> classNames) {

  /** The preprocessing modes of Keras's {@code preprocess_input}. */
  public static final List<String> MODES = List.of("caffe", "tf", "torch");

  /** The colour modes of Keras's {@code flow_from_directory}. */
  public static final List<String> COLOR_MODES = List.of("rgb", "grayscale");

  /** Checks the values and copies the class names. */
  public Preprocessing {
    if (!Double.isFinite(scale) || !Double.isFinite(offset)) {
      throw new IllegalArgumentException(
          "Preprocessing: expected a finite scale and offset, got " + scale + ", " + offset);
    }
    if (mode != null && !MODES.contains(mode)) {
      throw new IllegalArgumentException(
          "Preprocessing: expected mode among " + MODES + " or none, got '" + mode + "'");
    }
    if (!COLOR_MODES.contains(colorMode)) {
      throw new IllegalArgumentException(
          "Preprocessing: expected colorMode among " + COLOR_MODES + ", got '" + colorMode + "'");
    }
    if (height < 0 || width < 0) {
      throw new IllegalArgumentException(
          "Preprocessing: expected a size >= 0 (0: unknown), got " + height + "x" + width);
    }
    classNames = List.copyOf(classNames);
  }

  /** Pixels as read, 0..255 RGB of the model's size: {@code x' = x}. */
  public static Preprocessing none() {
    return new Preprocessing(1, 0, null, "rgb", 0, 0, List.of());
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
          "Preprocessing.preprocessInput: expected mode among " + MODES + ", got null");
    }
    return new Preprocessing(1, 0, mode, "rgb", 0, 0, List.of());
  }

  /** Whether the scaling is the affine map (no {@link #mode()}). */
  public boolean isAffine() {
    return mode == null;
  }

  /** A copy with the affine map {@code x * scale + offset} and no mode. */
  public Preprocessing withAffine(double newScale, double newOffset) {
    return new Preprocessing(newScale, newOffset, null, colorMode, height, width, classNames);
  }

  /** A copy for images of {@code color} ({@code rgb} or {@code grayscale}) at this size. */
  public Preprocessing withImages(String color, int h, int w) {
    return new Preprocessing(scale, offset, mode, color, h, w, classNames);
  }

  /** A copy with these output class names. */
  public Preprocessing withClassNames(List<String> names) {
    return new Preprocessing(scale, offset, mode, colorMode, height, width, names);
  }

  /**
   * {@code x * scale + offset} as a new tensor ({@code x} itself for the identity).
   *
   * @throws IllegalStateException for a {@link #mode()}, which {@code ImageNet.preprocessInput}
   *     applies
   */
  public Tensor apply(Tensor x) {
    if (mode != null) {
      throw new IllegalStateException(
          "Preprocessing.apply: mode '" + mode + "' is applied by ImageNet.preprocessInput");
    }
    if (scale == 1 && offset == 0) {
      return x;
    }
    float s = (float) scale;
    float o = (float) offset;
    return x.map(v -> v * s + o);
  }

  /** "rescale 0.00392157 offset 0, rgb 28x28, 10 classes" for messages and reports. */
  public String describe() {
    String scaling =
        mode != null
            ? "preprocess_input " + mode
            : String.format(Locale.ROOT, "x * %.6g + %.6g", scale, offset);
    String size = height == 0 ? "model size" : height + "x" + width;
    return scaling + ", " + colorMode + " " + size + ", " + classNames.size() + " class names";
  }
}
