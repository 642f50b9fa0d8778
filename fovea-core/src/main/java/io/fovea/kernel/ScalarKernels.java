package io.fovea.kernel;

/**
 * The plain-Java kernels: the specification the vector kernels must agree with, and the path used
 * when the Vector API is absent or {@code -Dfovea.kernels=scalar} forces it.
 *
 * <p>{@code VectorKernels} extends this class and overrides what it vectorises, so anything not
 * worth vectorising runs the same code on both paths.
 */
public class ScalarKernels implements Kernels {

  static final ScalarKernels INSTANCE = new ScalarKernels();

  protected ScalarKernels() {}

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public int lanes() {
    return 1;
  }

  @Override
  public void gemm(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    ScalarGemm.gemm(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }

  @Override
  public void gemmTN(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    ScalarGemm.gemmTN(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }

  @Override
  public void gemmNT(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    ScalarGemm.gemmNT(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }

  @Override
  public void im2col(ConvGeometry g, float[] x, int xOff, int first, int count, float[] cols) {
    ScalarConv.im2col(g, x, xOff, first, count, cols);
  }

  @Override
  public void col2im(ConvGeometry g, float[] cols, int first, int count, float[] dx, int dxOff) {
    ScalarConv.col2im(g, cols, first, count, dx, dxOff);
  }

  @Override
  public void conv2d(
      ConvGeometry g, float[] x, int xOff, float[] kernel, float[] bias, float[] y, int yOff) {
    ScalarConv.conv2d(this, g, x, xOff, kernel, bias, y, yOff);
  }

  @Override
  public void conv2dBackwardInput(ConvGeometry g, float[] dy, float[] kernel, float[] dx) {
    ScalarConv.conv2dBackwardInput(this, g, dy, kernel, dx);
  }

  @Override
  public void conv2dBackwardKernel(
      ConvGeometry g, float[] x, int xOff, float[] dy, float[] dKernel, float[] dBias) {
    ScalarConv.conv2dBackwardKernel(this, g, x, xOff, dy, dKernel, dBias);
  }

  @Override
  public void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax) {
    ScalarPooling.maxPool(g, x, xOff, y, argmax);
  }

  @Override
  public void maxPoolBackward(PoolGeometry g, float[] dy, int[] argmax, float[] dx) {
    ScalarPooling.maxPoolBackward(g, dy, argmax, dx);
  }

  @Override
  public void avgPool(PoolGeometry g, float[] x, int xOff, float[] y) {
    ScalarPooling.avgPool(g, x, xOff, y);
  }

  @Override
  public void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx) {
    ScalarPooling.avgPoolBackward(g, dy, dx);
  }

  @Override
  public void biasActivation(
      int rows, int cols, float[] x, int xOff, float[] bias, Activation act, float[] y, int yOff) {
    ScalarActivations.biasActivation(rows, cols, x, xOff, bias, act, y, yOff);
  }

  @Override
  public void activationBackward(
      Activation act, int length, float[] y, int yOff, float[] dy, float[] dx) {
    ScalarActivations.activationBackward(act, length, y, yOff, dy, dx);
  }

  @Override
  public void biasGradient(int rows, int cols, float[] dy, float[] dBias) {
    ScalarActivations.biasGradient(rows, cols, dy, dBias);
  }

  @Override
  public void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    ScalarActivations.softmax(rows, cols, x, xOff, y, yOff);
  }

  @Override
  public void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx) {
    ScalarActivations.softmaxBackward(rows, cols, y, dy, dx);
  }

  @Override
  public void channelMeanVariance(
      int rows, int channels, float[] x, int xOff, float[] mean, float[] variance) {
    ScalarActivations.channelMeanVariance(rows, channels, x, xOff, mean, variance);
  }

  @Override
  public void channelScaleShift(
      int rows,
      int channels,
      float[] x,
      int xOff,
      float[] scale,
      float[] shift,
      float[] y,
      int yOff) {
    ScalarChannels.scaleShift(rows, channels, x, xOff, scale, shift, y, yOff);
  }

  @Override
  public void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    ScalarElementwise.add(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    ScalarElementwise.sub(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    ScalarElementwise.mul(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    ScalarElementwise.div(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void scaleShift(
      int n, float[] a, int aOff, float scale, float shift, float[] out, int outOff) {
    ScalarElementwise.scaleShift(n, a, aOff, scale, shift, out, outOff);
  }

  @Override
  public void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    ScalarElementwise.axpy(n, alpha, x, xOff, y, yOff);
  }

  @Override
  public double sum(int n, float[] x, int off) {
    return ScalarElementwise.sum(n, x, off);
  }

  @Override
  public double dot(int n, float[] a, int aOff, float[] b, int bOff) {
    return ScalarElementwise.dot(n, a, aOff, b, bOff);
  }

  @Override
  public float max(int n, float[] x, int off) {
    return ScalarElementwise.max(n, x, off);
  }
}
