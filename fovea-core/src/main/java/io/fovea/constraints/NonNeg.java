package io.fovea.constraints;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Tensor;
import java.util.Map;

/** Keras's {@code NonNeg}: {@code w = max(w, 0)}, negative weights set to zero. */
public record NonNeg() implements Constraint {

  @Override
  public String name() {
    return "non_neg";
  }

  @Override
  public String className() {
    return "NonNeg";
  }

  @Override
  public Map<String, Object> config() {
    return Map.of();
  }

  @Override
  public void apply(Tensor w) {
    // One row of all the values, as the kernels clamp it in place.
    Tensor row = w.reshape(w.size());
    Ops.biasActivation(row, null, FusedActivation.RELU, row);
  }
}
