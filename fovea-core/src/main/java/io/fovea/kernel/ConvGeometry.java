package io.fovea.kernel;

/**
 * Sizes of one 2-D convolution over a batch of channels-last images.
 *
 * <p>Input {@code [batch, inH, inW, inC]}, kernel {@code [kernelH, kernelW, inC, outC]} (Keras's
 * layout, which is already the {@code [patchSize, outC]} matrix im2col + GEMM needs), bias {@code
 * [outC]}, output {@code [batch, outH, outW, outC]}. The input is virtually padded with zeros by
 * {@code padTop}/{@code padLeft} before and whatever the output size needs after.
 */
public record ConvGeometry(
    int batch,
    int inH,
    int inW,
    int inC,
    int kernelH,
    int kernelW,
    int outC,
    int strideH,
    int strideW,
    int padTop,
    int padLeft,
    int outH,
    int outW) {

  /** Geometry for a Keras {@code Conv2D} with the given padding mode. */
  public static ConvGeometry of(
      int batch,
      int inH,
      int inW,
      int inC,
      int kernelH,
      int kernelW,
      int outC,
      int strideH,
      int strideW,
      Padding padding) {
    if (batch < 0 || inC < 1 || outC < 1) {
      throw new IllegalArgumentException(
          "conv2d: expected batch >= 0 and positive channels, got batch="
              + batch
              + ", inC="
              + inC
              + ", outC="
              + outC);
    }
    int outH = padding.outputLength(inH, kernelH, strideH);
    int outW = padding.outputLength(inW, kernelW, strideW);
    return new ConvGeometry(
        batch,
        inH,
        inW,
        inC,
        kernelH,
        kernelW,
        outC,
        strideH,
        strideW,
        padding.padBefore(inH, kernelH, strideH),
        padding.padBefore(inW, kernelW, strideW),
        outH,
        outW);
  }

  /** The same convolution over a batch of another size. */
  public ConvGeometry withBatch(int newBatch) {
    return new ConvGeometry(
        newBatch, inH, inW, inC, kernelH, kernelW, outC, strideH, strideW, padTop, padLeft, outH,
        outW);
  }

  /** Rows of the im2col matrix per image: {@code outH * outW}. */
  public int outPixels() {
    return outH * outW;
  }

  /** Columns of the im2col matrix: {@code kernelH * kernelW * inC}. */
  public int patchSize() {
    return kernelH * kernelW * inC;
  }

  /** Padding after the last row (may be zero when the stride skips trailing rows). */
  public int padBottom() {
    return Math.max((outH - 1) * strideH + kernelH - inH - padTop, 0);
  }

  /** Padding after the last column. */
  public int padRight() {
    return Math.max((outW - 1) * strideW + kernelW - inW - padLeft, 0);
  }

  /** Floats in one input image. */
  public int inputImageSize() {
    return inH * inW * inC;
  }

  /** Floats in one output image. */
  public int outputImageSize() {
    return outH * outW * outC;
  }

  /** Floats in the kernel. */
  public int kernelSize() {
    return kernelH * kernelW * inC * outC;
  }
}
