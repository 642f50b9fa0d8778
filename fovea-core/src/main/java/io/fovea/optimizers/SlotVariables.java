package io.fovea.optimizers;

import io.fovea.nn.Parameter;
import io.fovea.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which Keras 3 lists an optimiser's slot variables (its {@code variables} after
 * {@code iterations} and {@code learning_rate}), which is the order of {@code /optimizer/vars/2..}
 * in a {@code .keras} file.
 *
 * <p>Keras's {@code build} calls {@code add_optimizer_variables(var_list, names)} once per group of
 * slot names; inside one call the names are interleaved per model variable. So Adam's {@code
 * [[momentum, velocity]]} gives {@code m0, v0, m1, v1, ...}, while RMSprop's {@code [[velocity],
 * [momentum]]} gives {@code v0, v1, ..., s0, s1, ...}. Entry {@code k} of {@link #order} is the
 * pair {@code {parameter index, slot index}} of slot variable {@code k}, where the slot index
 * counts the names in reading order (the index into {@code Optimizer.createSlots}'s array).
 */
final class SlotVariables {

  private SlotVariables() {}

  /** The number of slots per parameter: all names of all groups. */
  static int perParameter(List<List<String>> groups) {
    return groups.stream().mapToInt(List::size).sum();
  }

  /** {@code {parameter, slot}} for each slot variable in Keras's order. */
  static List<int[]> order(List<List<String>> groups, int parameterCount) {
    List<int[]> out = new ArrayList<>();
    int first = 0;
    for (List<String> group : groups) {
      for (int p = 0; p < parameterCount; p++) {
        for (int j = 0; j < group.size(); j++) {
          out.add(new int[] {p, first + j});
        }
      }
      first += group.size();
    }
    return out;
  }

  /**
   * Checks that {@code createSlots} made one slot per name, as a subclass must.
   *
   * @throws IllegalStateException when it did not
   */
  static Tensor[] requireNamed(String optimizer, List<List<String>> groups, Tensor[] slots) {
    if (slots.length != perParameter(groups)) {
      throw new IllegalStateException(
          optimizer
              + ": expected "
              + perParameter(groups)
              + " slots per parameter as slotNames() lists "
              + groups
              + ", got "
              + slots.length
              + " from createSlots");
    }
    return slots;
  }

  /** The Keras name of slot {@code slot}, e.g. {@code velocity}. */
  static String name(List<List<String>> groups, int slot) {
    int first = 0;
    for (List<String> group : groups) {
      if (slot < first + group.size()) {
        return group.get(slot - first);
      }
      first += group.size();
    }
    throw new IndexOutOfBoundsException("slot " + slot);
  }

  /**
   * Checks {@code values} against the parameters' shapes, before anything is changed.
   *
   * @throws IllegalArgumentException naming the variable (numbered as Keras numbers it, from 2),
   *     the slot, the parameter and both shapes
   */
  static void check(
      String optimizer,
      List<List<String>> groups,
      List<Parameter> parameters,
      List<Tensor> values) {
    int per = perParameter(groups);
    int expected = per * parameters.size();
    if (values.size() != expected) {
      throw new IllegalArgumentException(
          optimizer
              + ": expected "
              + expected
              + " slot variables ("
              + per
              + " per parameter "
              + groups
              + " for "
              + parameters.size()
              + " parameters), got "
              + values.size());
    }
    List<int[]> order = order(groups, parameters.size());
    for (int k = 0; k < order.size(); k++) {
      Parameter p = parameters.get(order.get(k)[0]);
      Tensor value = values.get(k);
      if (value == null || !value.shape().equals(p.shape())) {
        throw new IllegalArgumentException(
            optimizer
                + ": variable "
                + (k + 2)
                + " ("
                + name(groups, order.get(k)[1])
                + " of parameter "
                + order.get(k)[0]
                + " '"
                + p.name()
                + "'): expected shape "
                + p.shape()
                + ", got "
                + (value == null ? "none" : value.shape()));
      }
    }
  }
}
