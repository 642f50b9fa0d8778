package io.fovea.activations;

import io.fovea.tensor.FusedActivation;
import io.fovea.tensor.Tensor;

/**
 * An activation function {@code y = f(x)} with its backward pass {@code dx = dy * f'(x)}, known by
 * its Keras name ({@code "relu"}, {@code "softmax"}, ...); get one with {@link Activations#get}.
 *
 * <p>Elementwise functions map each value alone; {@code softmax} normalises along the last axis.
 * {@code x}, {@code y}, {@code dy} and {@code dx} all have the same shape. Functions that the
 * kernels implement ({@link #fused()} not null) can be fused with a bias add by a layer through
 * {@link io.fovea.tensor.Ops#biasActivation}; their backward pass needs only {@code y}.
 */
public interface ActivationFunction {

  /** The Keras name, e.g. {@code "relu"}. */
  String name();

  /**
   * The fused activation that computes this function together with a bias add, or null when the
   * kernels do not fuse it (softmax and the others).
   */
  FusedActivation fused();

  /** Whether {@link #backward} reads {@code x}; when false it may be given null. */
  boolean needsInput();

  /**
   * {@code y = f(x)}.
   *
   * @param x read
   * @param y written, same shape; may be {@code x}
   */
  void apply(Tensor x, Tensor y);

  /**
   * {@code dx = dy * f'(x)} (for softmax, the Jacobian-vector product along the last axis).
   *
   * @param x read, the forward input (null allowed when {@link #needsInput()} is false)
   * @param y read, the forward output
   * @param dy read, the gradient with respect to {@code y}
   * @param dx written, the gradient with respect to {@code x}; may be {@code dy}
   */
  void backward(Tensor x, Tensor y, Tensor dy, Tensor dx);
}
