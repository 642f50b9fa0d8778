package io.fovea.constraints;

import io.fovea.kernel.Kernels;
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
    Kernels.get()
        .biasActivation(
            1,
            w.size(),
            w.data(),
            w.offset(),
            null,
            io.fovea.kernel.Activation.RELU,
            w.data(),
            w.offset());
  }
}
