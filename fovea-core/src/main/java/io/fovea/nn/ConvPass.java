package io.fovea.nn;

import io.fovea.activations.ActivationFunction;
import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.SlidingWindow;
import io.fovea.tensor.Tensor;

/**
 * The arithmetic of a convolution layer ({@link Conv2D}, and {@link Conv1D} as a convolution of
 * height 1): {@code z = conv(x, kernel) + bias}, {@code y = activation(z)}, and the backward pass
 * {@code dz = dy * activation'(z)}, {@code dKernel += conv(x, dz)}, {@code dBias += sum dz}, {@code
 * dx = convTranspose(dz, kernel)}. Keeps the input (a reference), the logits and the output of the
 * last training forward pass, and reuses its buffers while the batch size stays the same; an
 * inference pass uses the calling thread's own buffers and keeps nothing else.
 */
final class ConvPass {

  private final ActivationFunction activation;
  private final boolean linear;
  private final Buffer logits = new Buffer();
  private final Buffer output = new Buffer();
  private final Buffer logitsGradient = new Buffer();
  private final Buffer inputGradient = new Buffer();
  private SlidingWindow window;
  private Tensor input;
  private Tensor lastLogits;
  private Tensor lastOutput;

  ConvPass(ActivationFunction activation) {
    this.activation = activation;
    this.linear = activation.name().equals("linear");
  }

  /**
   * Runs the convolution on {@code x} (any view of {@code [batch, inH, inW, inC]} values) into an
   * output of {@code outShape}. Training writes into the reused buffers and keeps the window, the
   * input, the logits and the output for backward; inference writes into the thread's own buffers
   * and keeps nothing else (it only drops what a training pass kept), so that threads may share the
   * layer.
   */
  Tensor forward(
      SlidingWindow w,
      Tensor x,
      Shape outShape,
      Parameter kernel,
      Parameter bias,
      boolean training) {
    Tensor z = logits.of(outShape, training);
    Ops.conv2d(x, as4d(kernel.value(), w, x), bias == null ? null : bias.value(), w, z);
    Tensor y = z;
    if (!linear) {
      y = output.of(outShape, training);
      activation.apply(z, y);
    }
    if (training) {
      window = w;
      input = x;
      lastLogits = z;
      lastOutput = y;
    } else if (lastLogits != null) {
      forget();
    }
    return y;
  }

  private void forget() {
    window = null;
    input = null;
    lastLogits = null;
    lastOutput = null;
  }

  /** A kernel {@code [kh, kw, in, out]}, or a view of Conv1D's {@code [k, in, out]} as one. */
  private static Tensor as4d(Tensor kernel, SlidingWindow w, Tensor x) {
    return kernel.rank() == 4
        ? kernel
        : kernel.reshape(w.height(), w.width(), x.shape().dim(3), -1);
  }

  /** The logits of the last forward pass. */
  Tensor logits(String where) {
    requireForward(where, null);
    return lastLogits;
  }

  /** The input gradient from the output gradient {@code dy}. */
  Tensor backward(String where, Tensor dy, Parameter kernel, Parameter bias) {
    requireForward(where, dy.shape());
    Tensor dz = dy;
    if (!linear) {
      dz = logitsGradient.of(dy.shape());
      activation.backward(lastLogits, lastOutput, dy, dz);
    }
    return backwardFromLogits(where, dz, kernel, bias);
  }

  /** The input gradient from the logits gradient {@code dz}; adds to the parameter gradients. */
  Tensor backwardFromLogits(String where, Tensor dz, Parameter kernel, Parameter bias) {
    requireForward(where, dz.shape());
    Ops.conv2dKernelGradient(
        input,
        dz,
        window,
        as4d(kernel.gradient(), window, input),
        bias == null ? null : bias.gradient());
    Tensor dx = inputGradient.of(input.shape());
    return Ops.conv2dInputGradient(dz, as4d(kernel.value(), window, input), window, dx);
  }

  private void requireForward(String where, Shape gradientShape) {
    if (lastLogits == null
        || (gradientShape != null && !lastLogits.shape().equals(gradientShape))) {
      throw new IllegalStateException(
          where
              + ": expected a forward pass giving "
              + (gradientShape == null ? "logits" : gradientShape)
              + " before backward, got "
              + (lastLogits == null ? "none" : lastLogits.shape()));
    }
  }
}
