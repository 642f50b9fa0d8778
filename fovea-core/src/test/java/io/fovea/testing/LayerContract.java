package io.fovea.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.List;
import java.util.function.Supplier;

/**
 * The contract every layer meets (Keras's {@code run_layer_test}): the computed output shape is the
 * real one, parameter count and shapes, configuration round trip, weights round trip gives
 * identical outputs, gradient check, same seed gives the same output, and a wrong input shape is
 * rejected with a message naming the layer and both shapes.
 *
 * <pre>{@code
 * LayerContract.of(() -> new Dense(4, "tanh"), Shape.of(3))
 *     .expectOutputShape(Shape.of(4))
 *     .expectParams(16, Shape.of(3, 4), Shape.of(4))
 *     .wrongInputShape(Shape.of(3, 2))
 *     .run();
 * }</pre>
 */
public final class LayerContract {

  private final Supplier<Layer> factory;
  private final Shape input;
  private Shape output;
  private int params = -1;
  private Shape[] paramShapes;
  private Shape wrongInput;
  private int batch = 3;
  private boolean gradientInTraining = true;
  private boolean deterministicTraining = true;
  private long seed = 20261123L;
  private float inputScale = 1f;
  private boolean distinctInputs;

  private LayerContract(Supplier<Layer> factory, Shape input) {
    this.factory = factory;
    this.input = input;
  }

  /** A contract for layers made by {@code factory}, fed per-sample inputs of {@code input}. */
  public static LayerContract of(Supplier<Layer> factory, Shape input) {
    return new LayerContract(factory, input);
  }

  public LayerContract expectOutputShape(Shape perSample) {
    this.output = perSample;
    return this;
  }

  public LayerContract expectParams(int count, Shape... shapes) {
    this.params = count;
    this.paramShapes = shapes;
    return this;
  }

  public LayerContract wrongInputShape(Shape perSample) {
    this.wrongInput = perSample;
    return this;
  }

  public LayerContract batch(int size) {
    this.batch = size;
    return this;
  }

  /** Runs the gradient check in inference mode (e.g. for dropout, random in training). */
  public LayerContract gradientInInference() {
    this.gradientInTraining = false;
    return this;
  }

  /** Skips the "same input, same training output" check (dropout draws a new mask). */
  public LayerContract randomInTraining() {
    this.deterministicTraining = false;
    return this;
  }

  public LayerContract seed(long value) {
    this.seed = value;
    return this;
  }

  /** Scales the random inputs (uniform in [-scale, scale]). */
  public LayerContract inputScale(float scale) {
    this.inputScale = scale;
    return this;
  }

  /**
   * Feeds a random permutation of evenly spaced values in [-scale, scale] instead of uniform draws,
   * so that no two inputs are within the gradient check's step of each other (max pooling: a
   * near-tie would flip the winner inside the finite difference).
   */
  public LayerContract distinctInputs() {
    this.distinctInputs = true;
    return this;
  }

  /** Runs every check. */
  public void run() {
    Layer layer = built(seed);
    Tensor x =
        distinctInputs
            ? distinct(batchShape(input), new Rng(seed + 1))
            : new Rng(seed + 1).uniform(batchShape(input), -inputScale, inputScale);
    // Before any training pass: batch normalisation's moving statistics change in training.
    checkSameSeedSameOutput(layer, x);
    checkShapes(layer, x);
    checkConfigRoundTrip(layer);
    checkWeightsRoundTrip(layer, x);
    if (deterministicTraining) {
      Tensor first = layer.forward(x, true).copy();
      assertThat(layer.forward(x, true).toArray())
          .as(layer.where() + " training output")
          .containsExactly(first.toArray());
    }
    GradientCheck.checkLayer(layer, x, gradientInTraining, seed + 2);
    if (wrongInput != null) {
      checkRejectsWrongInput();
    }
  }

  private Layer built(long buildSeed) {
    Layer layer = factory.get();
    layer.build(input, new Rng(buildSeed));
    return layer;
  }

  private Tensor distinct(Shape shape, Rng rng) {
    int n = shape.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    rng.shuffle(order);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = inputScale * (2f * order[i] / Math.max(1, n - 1) - 1f);
    }
    return Tensor.of(values, shape.dims());
  }

  private Shape batchShape(Shape perSample) {
    int[] dims = new int[perSample.rank() + 1];
    dims[0] = batch;
    System.arraycopy(perSample.dims(), 0, dims, 1, perSample.rank());
    return Shape.of(dims);
  }

  private void checkShapes(Layer layer, Tensor x) {
    if (output != null) {
      assertThat(layer.computeOutputShape(input))
          .as(layer.where() + " computed output shape")
          .isEqualTo(output);
      assertThat(layer.outputShape()).isEqualTo(output);
    }
    assertThat(layer.forward(x, false).shape())
        .as(layer.where() + " inference output shape")
        .isEqualTo(batchShape(layer.outputShape()));
    assertThat(layer.forward(x, true).shape())
        .as(layer.where() + " training output shape")
        .isEqualTo(batchShape(layer.outputShape()));
    if (params >= 0) {
      assertThat(layer.countParams()).as(layer.where() + " parameter count").isEqualTo(params);
      List<Shape> shapes = layer.parameters().stream().map(Parameter::shape).toList();
      assertThat(shapes).as(layer.where() + " parameter shapes").containsExactly(paramShapes);
    }
  }

  private void checkConfigRoundTrip(Layer layer) {
    Layer copy = layer.config().create();
    assertThat(copy.getClass()).isEqualTo(layer.getClass());
    assertThat(copy.config()).as(layer.where() + " config round trip").isEqualTo(layer.config());
  }

  private void checkWeightsRoundTrip(Layer layer, Tensor x) {
    Layer copy = layer.config().create();
    copy.build(input, new Rng(seed + 99));
    copy.setWeights(layer.getWeights());
    assertThat(copy.forward(x, false).toArray())
        .as(layer.where() + " output after setWeights")
        .containsExactly(layer.forward(x, false).toArray());
  }

  private void checkSameSeedSameOutput(Layer layer, Tensor x) {
    Layer twin = built(seed);
    assertThat(twin.forward(x, false).toArray())
        .as(layer.where() + " same seed, same output")
        .containsExactly(layer.forward(x, false).toArray());
  }

  private void checkRejectsWrongInput() {
    Layer layer = factory.get();
    assertThatThrownBy(() -> layer.build(wrongInput, new Rng(seed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(layer.typeName())
        .hasMessageContaining(wrongInput.toString());
    Layer good = built(seed);
    Tensor bad = Tensor.zeros(batchShape(wrongInput));
    assertThatThrownBy(() -> good.forward(bad, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(good.typeName())
        .hasMessageContaining(bad.shape().toString());
  }
}
