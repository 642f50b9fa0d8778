package io.fovea.activations;

import io.fovea.kernel.Activation;
import io.fovea.kernel.Kernels;
import io.fovea.tensor.Tensor;

/**
 * Softmax along the last axis (Keras's default {@code axis=-1}): {@code y_i = exp(x_i - max) /
 * sum_j exp(x_j - max)}; backward {@code dx = y * (dy - sum(dy * y))} per row. A rank-0 or rank-1
 * tensor is one row.
 */
final class Softmax implements ActivationFunction {

  @Override
  public String name() {
    return "softmax";
  }

  @Override
  public Activation kernel() {
    return null;
  }

  @Override
  public boolean needsInput() {
    return false;
  }

  @Override
  public void apply(Tensor x, Tensor y) {
    int cols = lastAxis(x);
    int rows = cols == 0 ? 0 : x.size() / cols;
    Kernels.get().softmax(rows, cols, x.data(), x.offset(), y.data(), y.offset());
  }

  @Override
  public void backward(Tensor x, Tensor y, Tensor dy, Tensor dx) {
    int cols = lastAxis(y);
    int rows = cols == 0 ? 0 : y.size() / cols;
    float[] out = dx.offset() == 0 ? dx.data() : new float[dx.size()];
    Kernels.get().softmaxBackward(rows, cols, Offsets.of(y), Offsets.of(dy), out);
    Offsets.copyBack(out, dx);
  }

  private static int lastAxis(Tensor t) {
    return t.rank() == 0 ? 1 : t.shape().dim(-1);
  }

  @Override
  public String toString() {
    return name();
  }
}
