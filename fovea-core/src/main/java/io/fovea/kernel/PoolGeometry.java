package io.fovea.kernel;

/**
 * Sizes of one 2-D pooling over a batch of channels-last images.
 *
 * <p>Input {@code [batch, inH, inW, channels]}, output {@code [batch, outH, outW, channels]};
 * windows of {@code poolH x poolW} moved by the strides, starting {@code padTop}/{@code padLeft}
 * before the image. Padded positions never win a max and are not counted in an average (as in
 * TensorFlow).
 */
public record PoolGeometry(
    int batch,
    int inH,
    int inW,
    int channels,
    int poolH,
    int poolW,
    int strideH,
    int strideW,
    int padTop,
    int padLeft,
    int outH,
    int outW) {

  /** Geometry for a Keras pooling layer with the given padding mode. */
  public static PoolGeometry of(
      int batch,
      int inH,
      int inW,
      int channels,
      int poolH,
      int poolW,
      int strideH,
      int strideW,
      Padding padding) {
    if (batch < 0 || channels < 1) {
      throw new IllegalArgumentException(
          "pool2d: expected batch >= 0 and positive channels, got batch="
              + batch
              + ", channels="
              + channels);
    }
    return new PoolGeometry(
        batch,
        inH,
        inW,
        channels,
        poolH,
        poolW,
        strideH,
        strideW,
        padding.padBefore(inH, poolH, strideH),
        padding.padBefore(inW, poolW, strideW),
        padding.outputLength(inH, poolH, strideH),
        padding.outputLength(inW, poolW, strideW));
  }

  /** The same pooling over a batch of another size. */
  public PoolGeometry withBatch(int newBatch) {
    return new PoolGeometry(
        newBatch, inH, inW, channels, poolH, poolW, strideH, strideW, padTop, padLeft, outH, outW);
  }

  /** Floats in one input image. */
  public int inputImageSize() {
    return inH * inW * channels;
  }

  /** Floats in one output image. */
  public int outputImageSize() {
    return outH * outW * channels;
  }
}
