package io.fovea.model;

import io.fovea.nn.Parameter;
import io.fovea.optimizers.Optimizer;
import io.fovea.tensor.Tensor;

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
  protected Tensor[] createSlots(Parameter p) {
    return new Tensor[0];
  }

  @Override
  protected void update(Parameter p, Tensor[] slots, long step) {
    p.value().subInPlace(p.gradient().mul(learningRate()));
  }
}
