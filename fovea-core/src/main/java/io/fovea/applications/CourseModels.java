package io.fovea.applications;

import io.fovea.model.Sequential;
import io.fovea.nn.AveragePooling2D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.InputLayer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.tensor.Shape;
import java.util.List;
import java.util.Locale;

/**
 * The models of the CNN course by name, each built for a given per-sample input shape {@code [h, w,
 * c]} and number of classes (a softmax output), with freshly initialised weights from a seed. The
 * parameter counts are Keras's {@code model.summary()} totals at each model's canonical shape and
 * 10 classes (VGG16: 1000):
 *
 * <table>
 *   <caption>Presets</caption>
 *   <tr><th>name</th><th>layers</th><th>canonical input</th><th>parameters</th></tr>
 *   <tr><td>{@code mlp}</td><td>Flatten, Dense(512, relu), Dropout(0.2), Dense(512, relu),
 *       Dropout(0.2), Dense(softmax)</td><td>28x28x1</td><td>669,706</td></tr>
 *   <tr><td>{@code cnn-small}</td><td>Conv2D(4, 3, same, relu), MaxPooling2D(2), Conv2D(4, 3,
 *       same, relu), MaxPooling2D(2), Flatten, Dense(softmax)</td><td>28x28x1</td><td>2,158</td></tr>
 *   <tr><td>{@code cnn-mnist}</td><td>Conv2D(32, 3, same, relu), MaxPooling2D(2), Conv2D(64, 3,
 *       same, relu), MaxPooling2D(2), Flatten, Dense(64, relu), Dense(softmax)</td>
 *       <td>28x28x1</td><td>220,234</td></tr>
 *   <tr><td>{@code lenet}</td><td>LeNet-5: Conv2D(6, 5, tanh), AveragePooling2D(2), Conv2D(16, 5,
 *       tanh), AveragePooling2D(2), Flatten, Dense(120, tanh), Dense(84, tanh), Dense(softmax)</td>
 *       <td>32x32x1</td><td>61,706</td></tr>
 *   <tr><td>{@code cnn-cifar10}</td><td>Conv2D(16/32/64, 3, same, relu) each with
 *       MaxPooling2D(2), Dropout(0.3), Flatten, Dense(500, relu), Dropout(0.4), Dense(softmax)</td>
 *       <td>32x32x3</td><td>541,094</td></tr>
 *   <tr><td>{@code vgg16}</td><td>{@link VGG16} with its top, randomly initialised (at least
 *       32x32)</td><td>224x224x3</td><td>138,357,544</td></tr>
 * </table>
 *
 * <pre>{@code
 * Sequential model = CourseModels.build("cnn-mnist", Shape.of(28, 28, 1), 10, 42);
 * }</pre>
 */
public final class CourseModels {

  /** The preset names, in the course's order. */
  public static final List<String> NAMES =
      List.of("mlp", "cnn-small", "cnn-mnist", "lenet", "cnn-cifar10", "vgg16");

  private CourseModels() {}

  /**
   * The model {@code name} for per-sample input {@code input} and {@code classes} outputs, its
   * weights drawn from {@code seed}.
   *
   * @throws IllegalArgumentException for an unknown name (listing the known ones), fewer than 1
   *     class, or an input the model cannot take (VGG16 below 32x32, naming both sizes)
   */
  public static Sequential build(String name, Shape input, int classes, long seed) {
    if (classes < 1) {
      throw new IllegalArgumentException(
          "CourseModels '" + name + "': expected at least 1 class, got " + classes);
    }
    if (input == null || input.rank() != 3) {
      throw new IllegalArgumentException(
          "CourseModels '"
              + name
              + "': expected an input shape [height, width, channels], got "
              + input);
    }
    String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return switch (key) {
      case "mlp" -> mlp(start(key, input, seed), classes);
      case "cnn-small" -> cnnSmall(start(key, input, seed), classes);
      case "cnn-mnist" -> cnnMnist(start(key, input, seed), classes);
      case "lenet" -> lenet(start(key, input, seed), classes);
      case "cnn-cifar10" -> cnnCifar10(start(key, input, seed), classes);
      case "vgg16" -> vgg16(input, classes, seed);
      default ->
          throw new IllegalArgumentException(
              "CourseModels: expected a model name among "
                  + String.join(", ", NAMES)
                  + ", got '"
                  + name
                  + "'");
    };
  }

  /** The input shape each model was designed for: 28x28x1, 32x32x1, 32x32x3 or 224x224x3. */
  public static Shape canonicalShape(String name) {
    return switch (name) {
      case "lenet" -> Shape.of(32, 32, 1);
      case "cnn-cifar10" -> Shape.of(32, 32, 3);
      case "vgg16" -> Shape.of(224, 224, 3);
      default -> Shape.of(28, 28, 1);
    };
  }

  private static Sequential start(String name, Shape input, long seed) {
    return new Sequential()
        .seed(seed)
        .name(name.replace('-', '_'))
        .add(new InputLayer(input.dims()));
  }

  private static Sequential mlp(Sequential m, int classes) {
    return m.add(new Flatten())
        .add(new Dense(512, "relu"))
        .add(new Dropout(0.2))
        .add(new Dense(512, "relu"))
        .add(new Dropout(0.2))
        .add(new Dense(classes, "softmax"));
  }

  private static Sequential cnnSmall(Sequential m, int classes) {
    return m.add(new Conv2D(4, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Conv2D(4, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Flatten())
        .add(new Dense(classes, "softmax"));
  }

  private static Sequential cnnMnist(Sequential m, int classes) {
    return m.add(new Conv2D(32, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Conv2D(64, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Flatten())
        .add(new Dense(64, "relu"))
        .add(new Dense(classes, "softmax"));
  }

  private static Sequential lenet(Sequential m, int classes) {
    return m.add(new Conv2D(6, 5).activation("tanh"))
        .add(new AveragePooling2D(2))
        .add(new Conv2D(16, 5).activation("tanh"))
        .add(new AveragePooling2D(2))
        .add(new Flatten())
        .add(new Dense(120, "tanh"))
        .add(new Dense(84, "tanh"))
        .add(new Dense(classes, "softmax"));
  }

  private static Sequential cnnCifar10(Sequential m, int classes) {
    return m.add(new Conv2D(16, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Conv2D(32, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Conv2D(64, 3).padding("same").activation("relu"))
        .add(new MaxPooling2D(2))
        .add(new Dropout(0.3))
        .add(new Flatten())
        .add(new Dense(500, "relu"))
        .add(new Dropout(0.4))
        .add(new Dense(classes, "softmax"));
  }

  private static Sequential vgg16(Shape input, int classes, long seed) {
    if (input.dim(0) < VGG16.MIN_SIZE || input.dim(1) < VGG16.MIN_SIZE) {
      throw new IllegalArgumentException(
          "CourseModels 'vgg16': expected images of at least "
              + VGG16.MIN_SIZE
              + "x"
              + VGG16.MIN_SIZE
              + " (five 2x2 poolings), got "
              + input.dim(0)
              + "x"
              + input.dim(1));
    }
    return VGG16.build(true, input, classes, seed);
  }
}
