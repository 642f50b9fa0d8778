package io.fovea.tensor;

/**
 * The elementwise activations {@link Ops#biasActivation} computes together with a bias add.
 *
 * <p>Their backward passes ({@link Ops#activationBackward}) are computed from the forward
 * <em>output</em> {@code y}, which is what the layers keep: relu' = [y > 0], sigmoid' = y (1 - y),
 * tanh' = 1 - y^2, linear' = 1. Softmax is not elementwise: {@link Ops#softmax}.
 */
public enum FusedActivation {
  LINEAR(io.fovea.kernel.Activation.LINEAR),
  RELU(io.fovea.kernel.Activation.RELU),
  SIGMOID(io.fovea.kernel.Activation.SIGMOID),
  TANH(io.fovea.kernel.Activation.TANH);

  private final io.fovea.kernel.Activation kernel;

  FusedActivation(io.fovea.kernel.Activation kernel) {
    this.kernel = kernel;
  }

  /** The kernels' own constant. */
  io.fovea.kernel.Activation kernel() {
    return kernel;
  }
}
