package io.fovea.saving;

import io.fovea.model.Sequential;
import io.fovea.nn.Activation;
import io.fovea.nn.AveragePooling2D;
import io.fovea.nn.BatchNormalization;
import io.fovea.nn.Conv1D;
import io.fovea.nn.Conv2D;
import io.fovea.nn.Dense;
import io.fovea.nn.Dropout;
import io.fovea.nn.Flatten;
import io.fovea.nn.GlobalAveragePooling2D;
import io.fovea.nn.GlobalMaxPooling2D;
import io.fovea.nn.InputLayer;
import io.fovea.nn.Layer;
import io.fovea.nn.MaxPooling2D;
import io.fovea.nn.Parameter;
import io.fovea.nn.ZeroPadding2D;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The course's models (those of {@code CourseModelsTest}, the CIFAR-10 CNN with BatchNormalization)
 * and two models holding the remaining layer types, built in Fovea exactly as {@code
 * golden/keras-course/make.py} builds them in Keras, with the deterministic weights and inputs of
 * that script's formulas. The models the library has ({@code cnn-mnist}, {@code lenet}, {@code
 * cnn-small}) come from {@link io.fovea.applications.CourseModels}, so each is spelled once; the
 * rest are test-only: the MLP on flat 784 inputs, the CIFAR-10 CNN with BatchNormalization, the two
 * shorter Fashion-MNIST convnets and the coverage models.
 */
final class CourseModels {

  /** The models by the name make.py gives them, in its order. */
  static final Map<String, Supplier<Sequential>> ALL = new LinkedHashMap<>();

  static final int BATCH = 3;
  private static final int[] COEFFICIENTS = {7, 13, 17, 23, 29};

  static {
    ALL.put("mlp", CourseModels::mlp);
    ALL.put("mnist_cnn", () -> library("cnn-mnist", Shape.of(28, 28, 1)));
    ALL.put("cifar10_cnn", CourseModels::cifar10Cnn);
    ALL.put("lenet5", () -> library("lenet", Shape.of(32, 32, 1)));
    ALL.put("fashion_one", () -> fashion(false));
    ALL.put("fashion_two", () -> fashion(true));
    ALL.put("fashion_three", () -> library("cnn-small", Shape.of(28, 28, 1)));
    ALL.put("ten_filters", CourseModels::tenFilters);
    ALL.put("coverage_2d", CourseModels::coverage2d);
    ALL.put("coverage_1d", CourseModels::coverage1d);
  }

  private CourseModels() {}

  /** The model {@code name}, built with make.py's weights and compiled as make.py compiles. */
  static Sequential withWeights(String name) {
    Sequential model = ALL.get(name).get();
    setWeights(model);
    model.compile("adam", "categorical_crossentropy", "accuracy");
    return model;
  }

  private static Sequential mlp() {
    return new Sequential(
        new InputLayer(784),
        new Dense(512, "relu"),
        new Dropout(0.2),
        new Dense(512, "relu"),
        new Dropout(0.2),
        new Dense(10, "softmax"));
  }

  private static Sequential cifar10Cnn() {
    return new Sequential(
        new InputLayer(32, 32, 3),
        new Conv2D(16, 3).padding("same").activation("relu"),
        new BatchNormalization(),
        new MaxPooling2D(2),
        new Conv2D(32, 3).padding("same").activation("relu"),
        new BatchNormalization(),
        new MaxPooling2D(2),
        new Conv2D(64, 3).padding("same").activation("relu"),
        new BatchNormalization(),
        new MaxPooling2D(2),
        new Dropout(0.3),
        new Flatten(),
        new Dense(500, "relu"),
        new Dropout(0.4),
        new Dense(10, "softmax"));
  }

  /**
   * The first two small Fashion-MNIST convnets, shorter cases of the library's {@code cnn-small}
   * (the third): a valid conv; a same conv, pool and conv.
   */
  private static Sequential fashion(boolean second) {
    Sequential m = new Sequential(new InputLayer(28, 28, 1));
    m.add(new Conv2D(4, 3).padding(second ? "same" : "valid").activation("relu"));
    if (second) {
      m.add(new MaxPooling2D(2));
      m.add(new Conv2D(4, 3).padding("same").activation("relu"));
    }
    m.add(new Flatten());
    m.add(new Dense(10, "softmax"));
    return m;
  }

  /** The library's course model {@code name} (its one spelling) with 10 classes. */
  private static Sequential library(String name, Shape input) {
    // The seed does not matter: setWeights replaces every weight with make.py's.
    return io.fovea.applications.CourseModels.build(name, input, 10, 0);
  }

  private static Sequential tenFilters() {
    return new Sequential(
        new InputLayer(28, 28, 1),
        new Conv2D(10, 3).padding("same").activation("relu"),
        new Flatten(),
        new Dense(2, "softmax"));
  }

  private static Sequential coverage2d() {
    return new Sequential(
        new InputLayer(19, 17, 3),
        new ZeroPadding2D(1, 2, 0, 1),
        new Conv2D(6, 3).kernelSize(3, 2).strides(2, 1).useBias(false),
        new BatchNormalization().scale(false).epsilon(0.01),
        new Activation("elu"),
        new Conv2D(8, 3).strides(2).padding("same").activation("sigmoid"),
        new MaxPooling2D(3, 2).strides(1, 2).padding("same"),
        new AveragePooling2D(2).strides(1).padding("same"),
        new Conv2D(5, 1).activation("gelu"),
        new GlobalAveragePooling2D().keepdims(true),
        new Conv2D(7, 1).activation("softplus"),
        new GlobalMaxPooling2D(),
        new Dense(4),
        new Activation("softmax"));
  }

  private static Sequential coverage1d() {
    return new Sequential(
        new InputLayer(16, 3),
        new Conv1D(4, 3).strides(2).padding("same").activation("silu"),
        new Conv1D(5, 2).activation("selu"),
        new Flatten(),
        new Dense(6).useBias(false),
        new BatchNormalization(),
        new Activation("tanh"),
        new Dense(3, "softmax"));
  }

  /** Sets make.py's weights: tensor {@code t} of the model, element {@code i}, by role. */
  static void setWeights(Sequential model) {
    int t = 0;
    for (Layer layer : model.layers()) {
      List<Tensor> values = new ArrayList<>();
      for (Parameter p : layer.parameters()) {
        values.add(weight(p.name(), t++, p.shape()));
      }
      if (!values.isEmpty()) {
        layer.setWeights(values);
      }
    }
  }

  /** Weight {@code t} of role {@code role} (kernel, bias, gamma, ...), as make.py computes it. */
  static Tensor weight(String role, int t, Shape shape) {
    int[] dims = shape.dims();
    int fanIn = 1;
    for (int a = 0; a < dims.length - 1; a++) {
      fanIn *= dims[a];
    }
    // 2^-floor(log2(fanIn) / 2), with make.py's integer log.
    double kernelScale = Math.scalb(1.0, -((31 - Integer.numberOfLeadingZeros(fanIn)) / 2));
    float[] v = new float[shape.size()];
    for (int i = 0; i < v.length; i++) {
      double k = Math.floorMod(7L * i + 11L * t, 65) - 32;
      v[i] =
          (float)
              switch (role) {
                case "kernel" -> k / 16 * kernelScale;
                case "bias", "beta" -> k / 256;
                case "gamma" -> 1 + k / 128;
                case "moving_mean" -> k / 64;
                case "moving_variance" -> 1 + k / 64;
                default -> throw new IllegalArgumentException("weight role " + role);
              };
    }
    return Tensor.of(v, dims);
  }

  /** {@code x[n, a1, ..., ar] = ((7n + 13a1 + 17a2 + 23a3 + 29a4) mod 101) / 100}. */
  static Tensor input(Shape sample) {
    int[] dims = new int[sample.rank() + 1];
    dims[0] = BATCH;
    System.arraycopy(sample.dims(), 0, dims, 1, sample.rank());
    return Tensor.fromFunction(
        Shape.of(dims),
        idx -> {
          long sum = 0;
          for (int a = 0; a < idx.length; a++) {
            sum += (long) COEFFICIENTS[a] * idx[a];
          }
          return (float) ((sum % 101) / 100.0);
        });
  }
}
