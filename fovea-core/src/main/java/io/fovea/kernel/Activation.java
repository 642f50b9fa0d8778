package io.fovea.kernel;

/**
 * The elementwise activations the kernels fuse with a bias add.
 *
 * <p>Backward passes are computed from the forward <em>output</em> {@code y}, which is what the
 * layers keep: relu' = [y > 0], sigmoid' = y (1 - y), tanh' = 1 - y^2, linear' = 1. Softmax is not
 * elementwise and has its own kernel.
 */
public enum Activation {
  LINEAR,
  RELU,
  SIGMOID,
  TANH
}
