package io.fovea.applications;

import io.fovea.data.Labels;
import io.fovea.model.Preprocessing;
import io.fovea.tensor.Tensor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ImageNet-1k classes and Keras's {@code imagenet_utils}: {@link #preprocessInput} in Keras's
 * three modes and {@link #decodePredictions}. The 1000 synset ids and names, in Keras's class
 * order, ship as the resource {@code imagenet_classes.tsv} (see NOTICE).
 */
public final class ImageNet {

  /** Number of ImageNet-1k classes. */
  public static final int CLASSES = 1000;

  private static volatile List<ImageNetClass> classes;

  private ImageNet() {}

  /** The 1000 class names in class order ({@code tench}, {@code goldfish}, ...). */
  public static List<String> labels() {
    return classes().stream().map(ImageNetClass::name).toList();
  }

  /** The 1000 WordNet synset ids in class order ({@code n01440764}, ...). */
  public static List<String> synsets() {
    return classes().stream().map(ImageNetClass::id).toList();
  }

  /**
   * Keras's {@code preprocess_input} on RGB images with values in [0, 255], shape {@code [..., 3]}
   * (channels last); returns a new tensor (the formulas are {@link Preprocessing#apply}'s):
   *
   * <ul>
   *   <li>{@code "caffe"} (VGG16, ResNet50): RGB to BGR, then subtract the ImageNet mean {@code
   *       [103.939, 116.779, 123.68]} (B, G, R), no scaling;
   *   <li>{@code "tf"}: {@code x / 127.5 - 1}, into [-1, 1];
   *   <li>{@code "torch"}: {@code (x / 255 - [0.485, 0.456, 0.406]) / [0.229, 0.224, 0.225]}, RGB.
   * </ul>
   *
   * @throws IllegalArgumentException for an unknown mode or a last axis other than 3 (except for
   *     {@code "tf"}, which is per value)
   */
  public static Tensor preprocessInput(Tensor images, String mode) {
    String m = mode == null ? "caffe" : mode;
    if (!Preprocessing.Mode.names().contains(m)) {
      throw new IllegalArgumentException(
          "ImageNet.preprocessInput: expected mode \"caffe\", \"tf\" or \"torch\", got \""
              + mode
              + "\"");
    }
    Preprocessing p = Preprocessing.preprocessInput(m);
    int[] dims = images.shape().dims();
    if (p.mode().needsRgb() && (dims.length == 0 || dims[dims.length - 1] != 3)) {
      throw new IllegalArgumentException(
          "ImageNet.preprocessInput: expected RGB images with 3 channels last, got shape "
              + images.shape());
    }
    return p.apply(images);
  }

  /**
   * Keras's {@code decode_predictions}: for each row of {@code probs} ({@code [batch, 1000]}) the
   * {@code top} most probable classes, most probable first (ties by lower class index).
   *
   * @throws IllegalArgumentException for a shape other than {@code [batch, 1000]} or {@code top}
   *     outside [1, 1000]
   */
  public static List<List<ImageNetClass>> decodePredictions(Tensor probs, int top) {
    int[] dims = probs.shape().dims();
    if (dims.length != 2 || dims[1] != CLASSES) {
      throw new IllegalArgumentException(
          "ImageNet.decodePredictions: expected probabilities of shape [batch, 1000], got "
              + probs.shape());
    }
    if (top < 1 || top > CLASSES) {
      throw new IllegalArgumentException(
          "ImageNet.decodePredictions: expected top in [1, 1000], got " + top);
    }
    List<ImageNetClass> all = classes();
    List<List<ImageNetClass>> result = new ArrayList<>();
    for (List<Labels.ClassScore> row : Labels.topK(probs, top)) {
      List<ImageNetClass> best = new ArrayList<>(top);
      for (Labels.ClassScore s : row) {
        ImageNetClass c = all.get(s.index());
        best.add(new ImageNetClass(c.id(), c.name(), s.probability()));
      }
      result.add(List.copyOf(best));
    }
    return List.copyOf(result);
  }

  /**
   * The course's "top 5 guesses" print-out of {@code probs} ({@code [batch, 1000]}): for each image
   * the five most probable classes (as {@link #decodePredictions}), numbered from 1, with the
   * probability in percent, one per line:
   *
   * <pre>
   * 1. tabby: 60.00%
   * 2. goldfish: 30.00%
   * </pre>
   *
   * With more than one image, each image's lines follow a line {@code Image <n>:} (from 1).
   *
   * @throws IllegalArgumentException for a shape other than {@code [batch, 1000]}
   */
  public static String topGuesses(Tensor probs) {
    return topGuesses(probs, 5);
  }

  /** {@link #topGuesses(Tensor)} with the {@code top} best classes instead of five. */
  public static String topGuesses(Tensor probs, int top) {
    List<List<ImageNetClass>> decoded = decodePredictions(probs, top);
    StringBuilder out = new StringBuilder();
    for (int image = 0; image < decoded.size(); image++) {
      if (decoded.size() > 1) {
        out.append(String.format(Locale.ROOT, "Image %d:%n", image + 1));
      }
      List<ImageNetClass> guesses = decoded.get(image);
      for (int k = 0; k < guesses.size(); k++) {
        ImageNetClass c = guesses.get(k);
        out.append(
            String.format(Locale.ROOT, "%d. %s: %.2f%%%n", k + 1, c.name(), 100 * c.probability()));
      }
    }
    return out.toString();
  }

  private static List<ImageNetClass> classes() {
    List<ImageNetClass> loaded = classes;
    if (loaded == null) {
      loaded = readClasses();
      classes = loaded;
    }
    return loaded;
  }

  private static List<ImageNetClass> readClasses() {
    String resource = "imagenet_classes.tsv";
    try (InputStream in = ImageNet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("ImageNet: resource " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<ImageNetClass> list = new ArrayList<>(CLASSES);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] parts = line.split("\t");
        list.add(new ImageNetClass(parts[0], parts[1], 0f));
      }
      if (list.size() != CLASSES) {
        throw new IllegalStateException(
            "ImageNet: " + resource + ": expected 1000 classes, got " + list.size());
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
