package io.fovea.nn;

import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.ShapeMismatchException;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One step of a model: Keras's {@code build / call / compute_output_shape / get_config}, with an
 * explicit backward pass.
 *
 * <p>Shapes given to and returned by {@link #computeOutputShape} and {@link #build} are <em>per
 * sample</em> (without the batch axis, as Keras's {@code input_shape}); tensors given to {@link
 * #forward} and {@link #backward} have the batch axis first. A layer:
 *
 * <ul>
 *   <li>computes its output shape from the input shape and rejects a wrong one when the model is
 *       built, with a message naming the layer and both shapes;
 *   <li>creates its {@link Parameter}s in {@link #createParameters}, from the model's seed;
 *   <li>runs {@link #forward}; in training mode it keeps what {@link #backward} needs, which takes
 *       the gradient of the loss with respect to the output, adds to the parameters' gradients and
 *       returns the gradient with respect to the input.
 * </ul>
 *
 * <p>Training and inference differ in what they keep, so that training is fast and inference can be
 * shared:
 *
 * <ul>
 *   <li>Training ({@code forward(x, true)} and {@code backward}): tensors returned may be buffers
 *       owned by the layer and reused by its next call with the same batch size (a steady training
 *       step allocates nothing large); copy them to keep them. The layer keeps its input and
 *       whatever else backward needs in fields, so training one layer is single-threaded.
 *   <li>Inference ({@code forward(x, false)}): the output is the calling thread's own buffer (or a
 *       view of {@code x} for layers that change nothing, such as {@code Flatten} or {@code
 *       Dropout}), overwritten only by that thread's next inference call of the layer, and the call
 *       reads the parameters but writes no buffer and no state that another thread reads. Several
 *       threads may therefore run inference on one built layer at once, with results identical to
 *       one thread's, as long as no thread trains it or changes its weights meanwhile. A layer
 *       written outside this package must keep this contract for a model that is shared across
 *       threads.
 * </ul>
 *
 * <p>Inference outputs are buffers of the calling thread's own, reused from one call of the layer
 * to the next on that thread (valid until then: copy one to keep it, as {@code predict} does).
 * Fresh tensors per call were tried first and cost 40% of the CNN's inference speed (zeroing and
 * collecting a 25 MB output per batch); the price of reuse is one output per layer kept alive in
 * each thread that ran it, as the kernels keep their scratch per thread. Training keeps its own
 * reused buffers, so its speed and its numbers are unchanged.
 */
public abstract class Layer {

  private String name;
  private boolean trainable = true;
  private Shape declaredInputShape;
  private Shape inputShape;
  private Shape outputShape;
  private int index = -1;
  private final List<Parameter> parameters = new ArrayList<>();

  protected Layer() {}

  // ---------------------------------------------------------------- identity

  /** The Keras class name, e.g. {@code "Conv2D"}. */
  public String typeName() {
    return getClass().getSimpleName();
  }

  /**
   * The prefix of default names, Keras's snake case of the class name: {@code dense}, {@code
   * conv2d}, {@code max_pooling2d}, {@code batch_normalization}.
   */
  public String defaultNamePrefix() {
    String s = typeName().replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
    return s.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The layer's name, or null until the user or the model names it. */
  public String name() {
    return name;
  }

  /**
   * Names the layer (Keras's {@code name}); the model gives unnamed layers a default name from
   * {@link #defaultNamePrefix()}. Subclasses override it with their own return type.
   *
   * @throws IllegalStateException once the layer is built
   */
  public Layer name(String newName) {
    requireUnbuilt("name");
    setName(newName);
    return this;
  }

  /**
   * Declares the per-sample input shape, Keras's {@code input_shape}: {@code inputShape(28, 28,
   * 1)}. Subclasses override it with their own return type.
   *
   * @throws IllegalStateException once the layer is built
   */
  public Layer inputShape(int... dims) {
    requireUnbuilt("inputShape");
    declareInputShape(dims == null ? null : Shape.of(dims));
    return this;
  }

  /**
   * Throws when the layer is built: settings are fixed once the weights exist.
   *
   * @param setter the setter's name, for the message
   */
  protected final void requireUnbuilt(String setter) {
    if (built()) {
      throw new IllegalStateException(
          where()
              + ": expected an unbuilt layer for "
              + setter
              + "(...), got one built for input "
              + inputShape
              + ". Set options before the layer "
              + "is built, or make a new one from config()");
    }
  }

  /** Sets the name; subclasses expose it as a fluent {@code name(String)}. */
  protected void setName(String newName) {
    if (newName != null && !newName.matches("[A-Za-z0-9_.\\-/]+")) {
      throw new IllegalArgumentException(
          typeName()
              + ": expected a name of letters, digits and "
              + "_ . - /, got '"
              + newName
              + "'");
    }
    this.name = newName;
  }

  /** Whether an optimiser updates this layer's parameters (Keras's {@code trainable}). */
  public boolean trainable() {
    return trainable;
  }

  /** Freezes ({@code false}) or unfreezes the layer. */
  public void setTrainable(boolean value) {
    this.trainable = value;
  }

  /** The position in the model, set by the model; -1 when not in one. */
  public int index() {
    return index;
  }

  /** Called by the model when it adds the layer. */
  public void setIndex(int position) {
    this.index = position;
  }

  /** How messages name the layer: {@code Conv2D 'conv2d_1' (layer 0)}. */
  public String where() {
    String label = typeName() + (name == null ? "" : " '" + name + "'");
    return index < 0 ? label : label + " (layer " + index + ")";
  }

  // ---------------------------------------------------------------- shapes and building

  /** The per-sample input shape given with {@code inputShape(...)}, or null. */
  public Shape declaredInputShape() {
    return declaredInputShape;
  }

  /** Sets the per-sample input shape (Keras's {@code input_shape}); subclasses expose it. */
  protected void declareInputShape(Shape shape) {
    if (shape != null) {
      for (int d : shape.dims()) {
        if (d < 1) {
          throw new IllegalArgumentException(
              where() + ": expected a positive input shape, got " + shape);
        }
      }
    }
    this.declaredInputShape = shape;
  }

  /**
   * The per-sample output shape for a per-sample input shape; no side effects.
   *
   * @throws IllegalArgumentException naming the layer and both shapes when the input does not fit
   */
  public abstract Shape computeOutputShape(Shape inputShape);

  /** Whether {@link #build} has run. */
  public boolean built() {
    return inputShape != null;
  }

  /**
   * Checks the per-sample input shape and creates the parameters from {@code rng}. Building again
   * with the same shape does nothing; with another shape it is an error.
   */
  public final void build(Shape perSampleInput, Rng rng) {
    if (built()) {
      if (!inputShape.equals(perSampleInput)) {
        throw new ShapeMismatchException(
            where() + ": already built for input", inputShape, perSampleInput);
      }
      return;
    }
    Shape out = computeOutputShape(perSampleInput);
    createParameters(perSampleInput, rng);
    this.outputShape = out;
    this.inputShape = perSampleInput;
  }

  /** Creates the parameters (with {@link #addParameter}) for this per-sample input shape. */
  protected void createParameters(Shape perSampleInput, Rng rng) {}

  /** The per-sample input shape; the layer must be built. */
  public Shape inputShape() {
    requireBuilt();
    return inputShape;
  }

  /** The per-sample output shape; the layer must be built. */
  public Shape outputShape() {
    requireBuilt();
    return outputShape;
  }

  private void requireBuilt() {
    if (!built()) {
      throw new IllegalStateException(
          where()
              + ": not built yet; add it to a model with an "
              + "input shape, or call build(inputShape, rng)");
    }
  }

  // ---------------------------------------------------------------- parameters

  /** Registers a parameter, in Keras's weight order. */
  protected final Parameter addParameter(String paramName, Tensor value, boolean isTrainable) {
    Parameter p = new Parameter(paramName, value, isTrainable);
    parameters.add(p);
    return p;
  }

  /** All parameters in Keras's weight order ({@code kernel, bias}; {@code gamma, beta, ...}). */
  public List<Parameter> parameters() {
    return List.copyOf(parameters);
  }

  /** The parameters an optimiser updates: none when the layer is frozen. */
  public List<Parameter> trainableParameters() {
    if (!trainable) {
      return List.of();
    }
    return parameters.stream().filter(Parameter::trainable).toList();
  }

  /** The number of weights, as Keras's {@code count_params()}. */
  public int countParams() {
    return parameters.stream().mapToInt(Parameter::size).sum();
  }

  /** Copies of the weights in Keras's order and shapes. */
  public List<Tensor> getWeights() {
    return parameters.stream().map(p -> p.value().copy()).toList();
  }

  /**
   * Sets the weights from tensors in Keras's order and shapes.
   *
   * @throws IllegalArgumentException naming the layer when the count or a shape differs
   */
  public void setWeights(List<Tensor> weights) {
    requireBuilt();
    if (weights.size() != parameters.size()) {
      throw new IllegalArgumentException(
          where()
              + ": expected "
              + parameters.size()
              + " weight tensors "
              + parameters.stream().map(p -> p.name() + p.shape()).toList()
              + ", got "
              + weights.size());
    }
    for (int i = 0; i < weights.size(); i++) {
      parameters.get(i).assign(where(), weights.get(i));
    }
  }

  // ---------------------------------------------------------------- running

  /**
   * Runs the layer on a batch {@code [batch, ...inputShape]}. In training mode it keeps what {@link
   * #backward} needs and may return a reused buffer; in inference mode it returns a tensor of its
   * own, keeps nothing another call reads, and is safe to call from several threads at once.
   *
   * @throws IllegalArgumentException naming the layer and both shapes for a wrong input
   */
  public final Tensor forward(Tensor x, boolean training) {
    requireBuilt();
    checkBatch("input", inputShape, x.shape());
    return call(x, training);
  }

  /**
   * The gradient with respect to the input, from the gradient {@code dy} with respect to the output
   * of the last training-mode {@link #forward}; adds to the parameters' gradients.
   */
  public final Tensor backward(Tensor dy) {
    requireBuilt();
    checkBatch("output gradient", outputShape, dy.shape());
    return gradient(dy);
  }

  /** The forward pass on a checked input. */
  protected abstract Tensor call(Tensor x, boolean training);

  /** The backward pass on a checked gradient. */
  protected abstract Tensor gradient(Tensor dy);

  private void checkBatch(String what, Shape perSample, Shape actual) {
    // Compared axis by axis: this runs for every layer on every batch, so it copies no dims.
    boolean ok = actual.rank() == perSample.rank() + 1;
    for (int i = 0; ok && i < perSample.rank(); i++) {
      ok = actual.dim(i + 1) == perSample.dim(i);
    }
    if (!ok) {
      throw new IllegalArgumentException(
          where()
              + ": expected "
              + what
              + " [batch, "
              + Arrays.toString(perSample.dims()).substring(1)
              + ", got "
              + actual);
    }
  }

  // ---------------------------------------------------------------- configuration

  /** The configuration that makes this layer again (Keras's {@code get_config}). */
  public abstract LayerConfig config();

  @Override
  public String toString() {
    return where();
  }
}
