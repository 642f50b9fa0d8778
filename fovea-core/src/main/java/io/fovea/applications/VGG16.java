package io.fovea.applications;

import io.fovea.model.Sequential;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.ZeroPadding2D;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.Models;
import io.fovea.tensor.Shape;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * VGG16 (Simonyan and Zisserman, 2014) as Keras's {@code keras.applications.VGG16} builds it: five
 * blocks of 3x3 {@code same} ReLU convolutions (64, 128, 256, 512, 512 filters; 2, 2, 3, 3, 3
 * layers) each closed by a 2x2 max pooling, then, with the top, {@code flatten}, {@code fc1} and
 * {@code fc2} (4096 ReLU units) and {@code predictions} (softmax). Layer names are Keras's ({@code
 * block1_conv1} ... {@code block5_pool}, {@code flatten}, {@code fc1}, {@code fc2}, {@code
 * predictions}), so Keras's weight files load by name.
 *
 * <p>On a {@code [224, 224, 3]} input the model has 138,357,544 parameters with the top and
 * 14,714,688 without; with the top it holds about 550 MB of weights and as much again of gradients.
 * {@link #buildZeroPadded} spells the same network as the course (and Keras 1) did, with explicit
 * zero padding and dropout; it takes the same weights in the same order.
 *
 * <pre>{@code
 * Sequential vgg = VGG16.load(Path.of("vgg16_weights_tf_dim_ordering_tf_kernels.h5"));
 * Tensor x = ImageNet.preprocessInput(images, "caffe");
 * System.out.print(ImageNet.topGuesses(vgg.predict(x), 5));
 * }</pre>
 */
public final class VGG16 {

  /** Keras's published ImageNet weights with the classifier (file name as Keras caches it). */
  public static final String WEIGHTS_FILE = "vgg16_weights_tf_dim_ordering_tf_kernels.h5";

  /** Keras's published ImageNet weights of the convolutional base only. */
  public static final String NOTOP_WEIGHTS_FILE =
      "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";

  /** The smallest height and width Keras accepts: five poolings must leave at least 1 pixel. */
  public static final int MIN_SIZE = 32;

  private static final int[] FILTERS = {64, 128, 256, 512, 512};
  private static final int[] CONVS = {2, 2, 3, 3, 3};

  private VGG16() {}

  /** The full network on {@code [224, 224, 3]} images and 1000 classes, randomly initialised. */
  public static Sequential build(boolean includeTop) {
    return build(includeTop, Shape.of(224, 224, 3), 1000);
  }

  /**
   * The network on per-sample {@code inputShape} ({@code [height, width, channels]}), randomly
   * initialised (Keras's {@code weights=None}); {@code classes} is used only with the top.
   *
   * @throws IllegalArgumentException for an input shape not of rank 3, smaller than 32x32, or fewer
   *     than 1 class
   */
  public static Sequential build(boolean includeTop, Shape inputShape, int classes) {
    validate(inputShape, classes);
    return build(includeTop, inputShape, classes, new Sequential());
  }

  /** As {@link #build(boolean, Shape, int)}, the initial weights drawn from {@code seed}. */
  public static Sequential build(boolean includeTop, Shape inputShape, int classes, long seed) {
    validate(inputShape, classes);
    return build(includeTop, inputShape, classes, new Sequential().seed(seed));
  }

  private static Sequential build(
      boolean includeTop, Shape inputShape, int classes, Sequential model) {
    model.name("vgg16");
    for (int block = 0; block < FILTERS.length; block++) {
      for (int conv = 0; conv < CONVS[block]; conv++) {
        Conv2D layer = new Conv2D(FILTERS[block], 3).padding("same").activation("relu");
        layer.name(convName(block, conv));
        if (block == 0 && conv == 0) {
          layer.inputShape(inputShape.dims());
        }
        model.add(layer);
      }
      model.add(new MaxPooling2D(2).name("block" + (block + 1) + "_pool"));
    }
    if (includeTop) {
      model.add(new Flatten().name("flatten"));
      model.add(new Dense(4096, "relu").name("fc1"));
      model.add(new Dense(4096, "relu").name("fc2"));
      model.add(new Dense(classes, "softmax").name("predictions"));
    }
    return model;
  }

  /**
   * The course's spelling of the same network (Keras 1 style): before each 3x3 {@code valid} ReLU
   * convolution a {@code ZeroPadding2D} of 1, each block closed by a 2x2 max pooling with strides
   * 2; with the top, {@code Flatten}, {@code Dense(4096, relu)}, {@code Dropout(0.5)}, {@code
   * Dense(4096, relu)}, {@code Dropout(0.5)} and {@code Dense(classes, softmax)}. Padding then a
   * valid convolution computes what a {@code same} convolution does, and dropout is the identity at
   * inference, so with the same weights (loaded by order: 13 convolutions, then 3 dense layers) it
   * predicts what {@link #build} does. Layers have Fovea's default names ({@code zero_padding2d},
   * {@code conv2d}, ...).
   *
   * @throws IllegalArgumentException as {@link #build(boolean, Shape, int)}
   */
  public static Sequential buildZeroPadded(boolean includeTop, Shape inputShape, int classes) {
    validate(inputShape, classes);
    Sequential model = new Sequential().name("vgg16");
    for (int block = 0; block < FILTERS.length; block++) {
      for (int conv = 0; conv < CONVS[block]; conv++) {
        ZeroPadding2D padding = new ZeroPadding2D(1, 1);
        if (block == 0 && conv == 0) {
          padding.inputShape(inputShape.dims());
        }
        model.add(padding);
        model.add(new Conv2D(FILTERS[block], 3).activation("relu"));
      }
      model.add(new MaxPooling2D(2).strides(2));
    }
    if (includeTop) {
      model.add(new Flatten());
      model.add(new Dense(4096, "relu"));
      model.add(new Dropout(0.5));
      model.add(new Dense(4096, "relu"));
      model.add(new Dropout(0.5));
      model.add(new Dense(classes, "softmax"));
    }
    return model;
  }

  /** {@link #buildZeroPadded(boolean, Shape, int)} on {@code [224, 224, 3]} and 1000 classes. */
  public static Sequential buildZeroPadded(boolean includeTop) {
    return buildZeroPadded(includeTop, Shape.of(224, 224, 3), 1000);
  }

  /**
   * The network with Keras's ImageNet weights from {@link #cacheFolder()}: {@value #WEIGHTS_FILE}
   * if present, else {@value #NOTOP_WEIGHTS_FILE}; see {@link #load(Path)}.
   */
  public static Sequential load() throws IOException {
    return load(locate(cacheFolder()));
  }

  /**
   * The network with Keras's published ImageNet weights, {@value #WEIGHTS_FILE} or {@value
   * #NOTOP_WEIGHTS_FILE} (from {@code
   * https://storage.googleapis.com/tensorflow/keras-applications/vgg16/}; nothing is downloaded).
   * Which one it is comes from the file's layer names, not its file name: with {@code fc1}, {@code
   * fc2} and {@code predictions} the whole classifier (1000 classes, 224x224x3), without them the
   * convolutional base on 224x224x3. Weights are matched in layer order, as Keras's applications
   * load them.
   *
   * @throws FileNotFoundException naming the file and its folder when it is absent
   * @throws IOException for a file that is not a legacy Keras {@code .h5} or not VGG16's weights
   *     (naming the layers expected and found, or the layer and both shapes)
   */
  public static Sequential load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new FileNotFoundException(
          file
              + ": expected Keras's VGG16 ImageNet weights, got no such file. Fovea cannot"
              + " download it; place "
              + WEIGHTS_FILE
              + " (or "
              + NOTOP_WEIGHTS_FILE
              + ") in "
              + file.toAbsolutePath().getParent());
    }
    List<String> names = Models.legacyLayerNames(file);
    boolean top = includesTop(names);
    List<String> expected = weightedLayerNames(top);
    if (!names.containsAll(expected)) {
      throw new KerasFileException(
          file
              + ": expected Keras's VGG16 weights with layers "
              + expected
              + ", got layers "
              + names);
    }
    Sequential model = build(top);
    Models.loadWeights(model, file);
    return model;
  }

  /** Whether stored layer names are those of the network with its classifier. */
  static boolean includesTop(List<String> layerNames) {
    return layerNames.contains("fc1")
        || layerNames.contains("fc2")
        || layerNames.contains("predictions");
  }

  /** Keras's names of the layers with weights: {@code block1_conv1} ... {@code predictions}. */
  private static List<String> weightedLayerNames(boolean includeTop) {
    List<String> names = new ArrayList<>();
    for (int block = 0; block < FILTERS.length; block++) {
      for (int conv = 0; conv < CONVS[block]; conv++) {
        names.add(convName(block, conv));
      }
    }
    if (includeTop) {
      names.addAll(List.of("fc1", "fc2", "predictions"));
    }
    return names;
  }

  private static String convName(int block, int conv) {
    return "block" + (block + 1) + "_conv" + (conv + 1);
  }

  /**
   * The folder searched for weights: {@code -Dfovea.data}, {@code $FOVEA_DATA}, ~/.fovea/models.
   */
  public static Path cacheFolder() {
    String property = System.getProperty("fovea.data");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("FOVEA_DATA");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".fovea", "models");
  }

  /** The file with the classifier if present, else the base-only one, else the expected name. */
  static Path locate(Path folder) {
    Path full = folder.resolve(WEIGHTS_FILE);
    Path notop = folder.resolve(NOTOP_WEIGHTS_FILE);
    return Files.isRegularFile(full) || !Files.isRegularFile(notop) ? full : notop;
  }

  private static void validate(Shape inputShape, int classes) {
    if (inputShape == null
        || inputShape.rank() != 3
        || inputShape.dim(0) < MIN_SIZE
        || inputShape.dim(1) < MIN_SIZE) {
      throw new IllegalArgumentException(
          "VGG16: expected an input shape [height, width, channels] of at least 32x32, got "
              + inputShape);
    }
    if (classes < 1) {
      throw new IllegalArgumentException("VGG16: expected at least 1 class, got " + classes);
    }
  }
}
