package io.fovea.saving.keras3;

import io.fovea.model.Sequential;
import io.fovea.nn.Parameter;
import io.fovea.optimizers.Optimizer;
import io.fovea.saving.KerasFileException;
import io.fovea.saving.hdf5.H5Group;
import io.fovea.saving.hdf5.Hdf5;
import io.fovea.tensor.Tensor;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled model's optimizer state in a Keras 3 weights tree, as Keras's {@code
 * save_own_variables} writes it:
 *
 * <pre>
 * /optimizer/vars   @name = the optimizer's config name
 *   0               iterations, int32 scalar (Keras on JAX; TensorFlow writes int64)
 *   1               learning_rate, float32 scalar
 *   2, 3, ...       the slots of the model's trainable parameters in Keras's order
 *                   ({@link Optimizer#slotVariables}), float32, each of its parameter's shape
 * </pre>
 *
 * <p>On loading, Keras's {@code load_own_variables} restores them only when their count is the
 * optimizer's variable count, and otherwise warns ("Skipping variable loading for optimizer") and
 * keeps a fresh state; {@link #restore} does the same, logging the warning. A count that matches
 * with a shape that differs is an error, as Keras's {@code assign} raises.
 */
final class OptimizerVariables {

  static final String VARS = "/optimizer/vars";

  private static final System.Logger LOG = System.getLogger("io.fovea.saving");

  private OptimizerVariables() {}

  /** Writes the state of {@code model}'s optimizer under {@code root}, if it is compiled. */
  static void write(H5Group root, Sequential model) {
    Optimizer optimizer = model.optimizer();
    if (optimizer == null) {
      return;
    }
    H5Group vars = root.group(VARS.substring(1));
    // The name config.json gives it, which Keras's optimizer takes on load and writes here.
    vars.putString("name", String.valueOf(optimizer.config().get("name")));
    vars.putInts("0", new int[0], new int[] {Math.toIntExact(optimizer.iterations())});
    vars.putFloats("1", new int[0], new float[] {optimizer.learningRate()});
    List<Tensor> slots = optimizer.slotVariables(model.trainableParameters());
    for (int i = 0; i < slots.size(); i++) {
      Tensor t = slots.get(i);
      // The writer may keep the array: toArray hands it a copy of its own.
      vars.putFloats(Integer.toString(i + 2), t.shape().dims(), t.toArray());
    }
  }

  /**
   * Restores the state of {@code model}'s optimizer from {@code h5}; returns whether it did.
   * Nothing happens for an uncompiled model or a file without {@code /optimizer/vars}; a count that
   * differs from the optimizer's (another optimizer or configuration, or one Keras had not built)
   * is skipped with Keras's warning.
   *
   * @throws KerasFileException naming the file, the variable and both shapes when one differs
   */
  static boolean restore(Hdf5 h5, Sequential model) throws KerasFileException {
    Optimizer optimizer = model.optimizer();
    if (optimizer == null || !h5.isGroup(VARS)) {
      return false;
    }
    List<Parameter> parameters = model.trainableParameters();
    int count = h5.children(VARS).size();
    int expected = optimizer.variableCount(parameters.size());
    if (count != expected) {
      LOG.log(
          Level.WARNING,
          "{0}: {1}: skipping variable loading for optimizer ''{2}'', because it has {3} variables"
              + " whereas the saved optimizer has {4} variables (as Keras does)",
          h5.fileName(),
          VARS,
          optimizer.name(),
          expected,
          count);
      return false;
    }
    long iterations = h5.integer(path(0));
    float learningRate = learningRate(h5);
    List<Tensor> slots = new ArrayList<>();
    for (int i = 2; i < count; i++) {
      slots.add(h5.floats(path(i)));
    }
    try {
      optimizer.restore(iterations, learningRate, parameters, slots);
    } catch (IllegalArgumentException e) {
      throw new KerasFileException(h5.fileName() + ": " + VARS + ": " + e.getMessage(), e);
    }
    return true;
  }

  /**
   * Checks that {@code h5} holds exactly the state of {@code model}'s optimizer, as a writer
   * reading its file back does.
   *
   * @throws KerasFileException naming the first variable that differs
   */
  static void requireWritten(Hdf5 h5, Sequential model) throws KerasFileException {
    Optimizer optimizer = model.optimizer();
    if (optimizer == null) {
      return;
    }
    List<Tensor> slots = optimizer.slotVariables(model.trainableParameters());
    int count = h5.isGroup(VARS) ? h5.children(VARS).size() : 0;
    String where = h5.fileName() + ": " + VARS + ": read back: ";
    if (count != slots.size() + 2) {
      throw new KerasFileException(
          where + "expected " + (slots.size() + 2) + " variables, got " + count);
    }
    long iterations = h5.integer(path(0));
    float learningRate = learningRate(h5);
    if (iterations != optimizer.iterations() || learningRate != optimizer.learningRate()) {
      throw new KerasFileException(
          where
              + "expected iterations "
              + optimizer.iterations()
              + " and learning_rate "
              + optimizer.learningRate()
              + ", got "
              + iterations
              + " and "
              + learningRate);
    }
    for (int i = 0; i < slots.size(); i++) {
      Tensor got = h5.floats(path(i + 2));
      Tensor written = slots.get(i);
      if (!got.shape().equals(written.shape())) {
        throw new KerasFileException(
            where
                + "variable "
                + (i + 2)
                + ": expected shape "
                + written.shape()
                + ", got "
                + got.shape());
      }
      float[] g = got.toArray();
      float[] w = written.toArray();
      int k = Arrays.mismatch(g, w);
      if (k >= 0) {
        throw new KerasFileException(
            where
                + "variable "
                + (i + 2)
                + ": element "
                + k
                + ": expected "
                + w[k]
                + ", got "
                + g[k]);
      }
    }
  }

  private static float learningRate(Hdf5 h5) throws KerasFileException {
    Tensor t = h5.floats(path(1));
    if (t.size() != 1) {
      throw new KerasFileException(
          h5.fileName()
              + ": "
              + path(1)
              + ": expected a scalar learning_rate, got shape "
              + t.shape());
    }
    return t.item();
  }

  private static String path(int i) {
    return VARS + "/" + i;
  }
}
