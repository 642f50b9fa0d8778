package io.fovea.model;

import io.fovea.losses.Loss;
import io.fovea.metrics.Metric;
import io.fovea.nn.Layer;
import io.fovea.nn.Parameter;
import io.fovea.optimizers.Optimizer;
import io.fovea.optimizers.Optimizers;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A linear stack of layers (Keras's {@code Sequential}): each layer's output is the next one's
 * input.
 *
 * <pre>{@code
 * var model = new Sequential().seed(42);
 * model.add(new Dense(512, "relu").inputShape(784));
 * model.add(new Dense(10, "softmax"));
 * model.compile("rmsprop", "categorical_crossentropy", "accuracy");
 * History h = model.fit(x, y, Fit.epochs(5).batchSize(128).validationSplit(0.1));
 * }</pre>
 *
 * <p>Input {@code x} is {@code [samples, ...inputShape]}, the output {@code [samples,
 * ...outputShape]}. Layers are built as soon as the input shape is known (the first layer's {@code
 * inputShape}, or the data at the first {@code fit}/{@code predict}), so a shape error appears at
 * {@code add()}. Unnamed layers get Keras's default names, unique in the model ({@code dense},
 * {@code dense_1}, ...). Randomness flows from the seed: the same seed gives the same initial
 * weights (each layer draws from its own split of the model's generator, in order) and, unless
 * {@link Fit#seed} says otherwise, the same shuffling. Without {@link #seed} the seed is random, as
 * in Keras. Files: {@code io.fovea.saving.Models.save(model, path)} and its siblings.
 *
 * <p>Threads. Once built (and safely published, e.g. built before the threads start), one model may
 * serve any number of threads at once through {@link #predict(Tensor)} and its overloads, {@link
 * #predictClasses}, {@link #outputOf} and {@link #evaluate}: each call's results are bit-identical
 * to those of the same call alone on one thread (layers in inference mode write into tensors of
 * their own; the kernels' scratch belongs to the calling thread). Concurrent {@code evaluate} calls
 * take turns, as they share the compiled metrics. Training is single-threaded: {@link #fit} and
 * {@link #setWeights} refuse, with an {@code IllegalStateException}, to start while another thread
 * predicts or trains, and predictions on other threads are refused while they run (the fitting
 * thread itself, e.g. a callback, may predict). Building, {@code add}, {@code compile}, the layers'
 * own setters and the setters here are not thread-safe: configure the model on one thread, then
 * share it.
 */
public final class Sequential {

  private String name = "sequential";
  private final List<Layer> layers = new ArrayList<>();
  private Long seed;
  private Rng rng;
  private Shape inputShape;
  private Compiled compiled;
  private PrintStream output = System.out;
  private boolean stopTraining;
  private Preprocessing preprocessing;
  private final ModelGuard guard = new ModelGuard();

  /** An empty model. */
  public Sequential() {}

  /** A model with these layers, added in order. */
  public Sequential(Layer... initial) {
    for (Layer layer : initial) {
      add(layer);
    }
  }

  // ---------------------------------------------------------------- structure

  /** Sets the seed of initial weights, dropout and shuffling; call it before {@link #add}. */
  public Sequential seed(long value) {
    if (rng != null) {
      throw new IllegalStateException(
          name
              + ": expected seed(...) before the first layer is "
              + "built, got it after building "
              + layers.size()
              + " layers. Call seed first");
    }
    this.seed = value;
    return this;
  }

  /** The model's name, {@code "sequential"} unless set. */
  public String name() {
    return name;
  }

  /** Renames the model (shown by {@link #summary()}). */
  public Sequential name(String newName) {
    this.name = newName;
    return this;
  }

  /**
   * Appends a layer, names it if unnamed and builds it when the input shape is known.
   *
   * @throws IllegalArgumentException for a duplicate name, a layer already in a model, or an input
   *     shape the layer rejects (naming the layer and both shapes)
   */
  public Sequential add(Layer layer) {
    new Stacking(this).add(layer);
    return this;
  }

  void append(Layer layer) {
    layers.add(layer);
  }

  void setInputShape(Shape shape) {
    this.inputShape = shape;
  }

  /** The next layer's random generator: a split of the model's, in build order. */
  Rng nextLayerRng() {
    return rootRng().split();
  }

  Rng rootRng() {
    if (rng == null) {
      rng = new Rng(seed != null ? seed : ThreadLocalRandom.current().nextLong());
    }
    return rng;
  }

  /** The layers in order (Keras's {@code model.layers}). */
  public List<Layer> layers() {
    return Collections.unmodifiableList(layers);
  }

  /** The layer named {@code layerName}. */
  public Layer layer(String layerName) {
    for (Layer l : layers) {
      if (l.name().equals(layerName)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        name
            + ": expected a layer name among "
            + layers.stream().map(Layer::name).toList()
            + ", got '"
            + layerName
            + "'");
  }

  /** The layer at {@code index}. */
  public Layer layer(int index) {
    if (index < 0 || index >= layers.size()) {
      throw new IndexOutOfBoundsException(
          name + ": expected a layer index in [0, " + layers.size() + "), got " + index);
    }
    return layers.get(index);
  }

  /** Whether every layer is built (the input shape is known). */
  public boolean built() {
    return !layers.isEmpty() && layers.get(layers.size() - 1).built();
  }

  /** The per-sample input shape, or null while unknown. */
  public Shape inputShape() {
    return inputShape;
  }

  /** The per-sample output shape of the last layer; the model must be built. */
  public Shape outputShape() {
    requireLayers("outputShape");
    return layers.get(layers.size() - 1).outputShape();
  }

  /**
   * Builds the unbuilt layers for per-sample input {@code shape} (from data); synchronized, as the
   * first predictions of several threads may build an unbuilt model.
   */
  synchronized void ensureBuilt(String where, Shape shape) {
    requireLayers(where);
    new Stacking(this).buildAll(where, shape);
  }

  void requireLayers(String where) {
    if (layers.isEmpty()) {
      throw new IllegalStateException(where + ": the model has no layers; add(...) some first");
    }
  }

  // ---------------------------------------------------------------- weights

  /** The number of weights, trainable or not (Keras's {@code count_params()}). */
  public int countParams() {
    return layers.stream().mapToInt(Layer::countParams).sum();
  }

  /**
   * The parameters an optimiser updates, layer after layer (Keras's {@code trainable_variables}):
   * the trainable parameters of trainable layers. An optimiser's saved slots follow this order.
   */
  public List<Parameter> trainableParameters() {
    return layers.stream().flatMap(l -> l.trainableParameters().stream()).toList();
  }

  /** Copies of all weights, layer after layer, in Keras's order and shapes. */
  public List<Tensor> getWeights() {
    return layers.stream().flatMap(l -> l.getWeights().stream()).toList();
  }

  /**
   * Sets all weights from tensors in the order of {@link #getWeights()}.
   *
   * @throws IllegalArgumentException when the count or a shape differs (naming the layer)
   */
  public void setWeights(List<Tensor> weights) {
    guard.exclusive("setWeights", () -> new Stacking(this).setWeights(weights));
  }

  // ---------------------------------------------------------------- compile and run

  /**
   * Sets the optimiser, the loss and the metrics by Keras name: {@code compile("rmsprop",
   * "categorical_crossentropy", "accuracy")}; {@code "accuracy"} becomes the binary, categorical or
   * sparse accuracy the loss calls for.
   *
   * @throws IllegalArgumentException listing the known names for an unknown one
   */
  public Sequential compile(String optimizer, String loss, String... metrics) {
    return compile(Optimizers.get(optimizer), loss, metrics);
  }

  /** An optimiser object with the loss and metrics by name. */
  public Sequential compile(Optimizer optimizer, String loss, String... metrics) {
    this.compiled = Compiled.named(optimizer, loss, metrics);
    return this;
  }

  /** Sets the optimiser, the loss and the metrics for {@link #fit} and {@link #evaluate}. */
  public Sequential compile(Optimizer optimizer, Loss loss, Metric... metrics) {
    this.compiled = Compiled.of(optimizer, loss, List.of(metrics));
    return this;
  }

  /** The compiled optimiser, loss and metrics; throws naming {@code where} if not compiled. */
  Compiled compiled(String where) {
    if (compiled == null) {
      throw new IllegalStateException(
          where + ": the model is not compiled; call " + "compile(optimizer, loss, metrics) first");
    }
    return compiled;
  }

  /** The optimiser given to compile, or null. */
  public Optimizer optimizer() {
    return compiled == null ? null : compiled.optimizer();
  }

  /** The loss given to compile, or null. */
  public Loss loss() {
    return compiled == null ? null : compiled.loss();
  }

  /** The metrics given to compile (empty before). */
  public List<Metric> metrics() {
    return compiled == null ? List.of() : compiled.metrics();
  }

  /** Trains on {@code x} {@code [samples, ...inputShape]} and labels {@code y}. */
  public History fit(Tensor x, Tensor y, Fit options) {
    return guard.exclusive("fit", () -> new FitLoop(this, options).run(x, y));
  }

  /** Trains one epoch with Keras's defaults. */
  public History fit(Tensor x, Tensor y) {
    return fit(x, y, Fit.defaults());
  }

  /**
   * Trains on the batches of {@code train} (an image flow, say), continuing across its passes when
   * {@link Fit#stepsPerEpoch} is set; {@link Fit#batchSize} is the source's business. Validates on
   * {@link Fit#validationData(BatchSource)}, {@link Fit#validationSteps} batches.
   */
  public History fit(BatchSource train, Fit options) {
    return guard.exclusive("fit", () -> new FitLoop(this, options).run(train));
  }

  /** The loss and metrics over one pass of {@code source}: {@code {loss, metric1, ...}}. */
  public double[] evaluate(BatchSource source) {
    Evaluation e = new Evaluation(this, "evaluate");
    Map<String, Double> logs = guard.evaluation("evaluate", () -> e.run(source, 0, ""));
    return logs.values().stream().mapToDouble(d -> d).toArray();
  }

  /** The outputs for one pass of {@code source} (unshuffled, to match its file order). */
  public Tensor predict(BatchSource source) {
    return guard.shared("predict", () -> Inference.predict(this, source, 0));
  }

  /** The loss and metrics on {@code x}, {@code y}: {@code {loss, metric1, ...}}; batch 32. */
  public double[] evaluate(Tensor x, Tensor y) {
    return evaluate(x, y, 32);
  }

  /** The loss and metrics on {@code x}, {@code y} in batches of {@code batchSize}. */
  public double[] evaluate(Tensor x, Tensor y, int batchSize) {
    return evaluateNamed(x, y, batchSize).values().stream().mapToDouble(d -> d).toArray();
  }

  /** The loss and metrics by name ({@code loss}, {@code accuracy}, ...). */
  public Map<String, Double> evaluateNamed(Tensor x, Tensor y, int batchSize) {
    return guard.evaluation(
        "evaluate", () -> new Evaluation(this, "evaluate").run(x, y, batchSize, 0, ""));
  }

  /** The outputs (probabilities for a softmax model) in inference mode, batch 32. */
  public Tensor predict(Tensor x) {
    return predict(x, 32);
  }

  /** The outputs in inference mode, computed in batches of {@code batchSize}. */
  public Tensor predict(Tensor x, int batchSize) {
    return guard.shared(
        "predict", () -> Inference.predict(this, x, layers.size() - 1, batchSize, "predict"));
  }

  /**
   * The class of each sample, {@code [samples]}: the argmax of the output, or for a single
   * (sigmoid) output 1 where it exceeds 0.5, as Keras's old {@code predict_classes}.
   */
  public int[] predictClasses(Tensor x) {
    return Inference.classes(predict(x));
  }

  /** The output of layer {@code layerName} for {@code x} in inference mode (activation maps). */
  public Tensor outputOf(String layerName, Tensor x) {
    return outputOf(layers.indexOf(layer(layerName)), x);
  }

  /** The output of the layer at {@code index} for {@code x} in inference mode. */
  public Tensor outputOf(int index, Tensor x) {
    layer(index);
    return guard.shared("outputOf", () -> Inference.predict(this, x, index, 32, "outputOf"));
  }

  /**
   * How raw images become this model's input and what its outputs are called, saved with the model;
   * null when unknown (a model built in code, or from a file of another tool).
   */
  public Preprocessing preprocessing() {
    return preprocessing;
  }

  /** Sets the preprocessing saved with the model (null for unknown). */
  public Sequential preprocessing(Preprocessing value) {
    this.preprocessing = value;
    return this;
  }

  // ---------------------------------------------------------------- output and control

  /** Prints the Keras table of layers, shapes and parameter counts, and returns it. */
  public String summary() {
    String text = Summary.of(this);
    output.print(text);
    output.flush();
    return text;
  }

  /** Where progress and callback messages go (System.out unless set). */
  public PrintStream output() {
    return output;
  }

  /** Sends progress and callback messages to {@code stream}. */
  public Sequential output(PrintStream stream) {
    this.output = stream;
    return this;
  }

  /** Whether a callback asked {@code fit} to stop (Keras's {@code stop_training}). */
  public boolean stopTraining() {
    return stopTraining;
  }

  /** Asks {@code fit} to stop after the current batch. */
  public void setStopTraining(boolean value) {
    this.stopTraining = value;
  }

  @Override
  public String toString() {
    return "Sequential '" + name + "' " + layers;
  }
}
