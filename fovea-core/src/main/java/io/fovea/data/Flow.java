package io.fovea.data;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The options of {@link ImageDataGenerator#flow} and {@link ImageDataGenerator#flowFromDirectory}
 * with Keras's defaults: batch size 32, shuffled, target size 256x256, RGB, categorical labels, no
 * subset, a random seed.
 *
 * <pre>{@code
 * var train = gen.flowFromDirectory(dir, Flow.targetSize(150, 150).batchSize(20)
 *     .classMode("binary").subset("training").seed(1));
 * }</pre>
 *
 * <p>Batches are prepared by {@code workers} background threads (default 2), up to {@code
 * queueSize} batches ahead of the consumer (default 4); the batches do not depend on either.
 */
public final class Flow {

  /** The colour of the images a directory flow reads: 3 channels or 1 (PIL's "L"). */
  public enum ColorMode {
    RGB,
    GRAYSCALE
  }

  /**
   * The labels of a directory flow: {@code CATEGORICAL} one-hot {@code [batch, classes]}; {@code
   * SPARSE} class indices {@code [batch]}; {@code BINARY} 0/1 {@code [batch]} (two classes); {@code
   * NONE} no labels.
   */
  public enum ClassMode {
    CATEGORICAL,
    SPARSE,
    BINARY,
    NONE
  }

  /** The part of the data a flow reads when the generator has a validation split. */
  public enum Subset {
    TRAINING,
    VALIDATION
  }

  int batchSize = 32;
  boolean shuffle = true;
  Long seed;
  int height = 256;
  int width = 256;
  ColorMode colorMode = ColorMode.RGB;
  ClassMode classMode = ClassMode.CATEGORICAL;
  Subset subset;
  int workers = 2;
  int queueSize = 4;
  PrintStream output = System.out;

  private Flow() {}

  /** Keras's defaults. */
  public static Flow defaults() {
    return new Flow();
  }

  /** Defaults with this target size (directory flows). */
  public static Flow targetSize(int height, int width) {
    return new Flow().withTargetSize(height, width);
  }

  /** Samples per batch (default 32); the last batch of a pass may be smaller. */
  public Flow batchSize(int n) {
    this.batchSize = positive("batchSize", n);
    return this;
  }

  /** The size every image is resized to, nearest neighbour as Keras (default 256x256). */
  public Flow withTargetSize(int h, int w) {
    this.height = positive("targetSize height", h);
    this.width = positive("targetSize width", w);
    return this;
  }

  /** Whether each pass visits the samples in a new random order (default true). */
  public Flow shuffle(boolean value) {
    this.shuffle = value;
    return this;
  }

  /** The seed of the order and of the augmentation: the same seed gives the same batches. */
  public Flow seed(long value) {
    this.seed = value;
    return this;
  }

  /** {@link ColorMode#RGB} (default) or {@link ColorMode#GRAYSCALE}. */
  public Flow colorMode(ColorMode mode) {
    this.colorMode = mode;
    return this;
  }

  /** By Keras name: {@code "rgb"} or {@code "grayscale"}. */
  public Flow colorMode(String name) {
    return colorMode(parse(ColorMode.class, "colorMode", name));
  }

  /** The label format of a directory flow (default categorical). */
  public Flow classMode(ClassMode mode) {
    this.classMode = mode;
    return this;
  }

  /** By Keras name: {@code "categorical"}, {@code "sparse"}, {@code "binary"} or {@code "none"}. */
  public Flow classMode(String name) {
    return classMode(parse(ClassMode.class, "classMode", name == null ? "none" : name));
  }

  /** Reads only this part of the generator's {@code validationSplit} (default: all data). */
  public Flow subset(Subset part) {
    this.subset = part;
    return this;
  }

  /** By Keras name: {@code "training"} or {@code "validation"}. */
  public Flow subset(String name) {
    return subset(parse(Subset.class, "subset", name));
  }

  /** Background threads preparing batches (default 2; 0 prepares them on the caller). */
  public Flow workers(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Flow: expected workers >= 0, got " + n);
    }
    this.workers = n;
    return this;
  }

  /** How many batches are prepared ahead of the consumer (default 4). */
  public Flow queueSize(int n) {
    this.queueSize = positive("queueSize", n);
    return this;
  }

  /** Where "Found N images belonging to K classes." and warnings go (default System.out). */
  public Flow output(PrintStream stream) {
    this.output = stream;
    return this;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      StringBuilder known = new StringBuilder();
      for (E v : type.getEnumConstants()) {
        known.append(known.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException(
          "Flow: expected " + what + " among " + known + ", got '" + name + "'");
    }
  }

  private static int positive(String what, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("Flow: expected " + what + " >= 1, got " + n);
    }
    return n;
  }
}
