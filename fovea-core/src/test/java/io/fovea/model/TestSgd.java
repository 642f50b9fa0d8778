package io.fovea.model;

import io.fovea.nn.Parameter;
import io.fovea.optimizers.Optimizer;
import io.fovea.tensor.Tensor;
import java.util.List;

/** Plain gradient descent for the model tests, independent of the real {@code SGD}. */
final class TestSgd extends Optimizer {

  TestSgd(float learningRate) {
    super(learningRate);
  }

  @Override
  public String name() {
    return "sgd";
  }

  @Override
  protected List<List<String>> slotNames() {
    return List.of();
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    p.value().subInPlace(p.gradient().mul(learningRate()));
  }
}
