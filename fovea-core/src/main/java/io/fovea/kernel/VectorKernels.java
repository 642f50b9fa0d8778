package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;

/**
 * The JDK Vector API kernels ({@link FloatVector#SPECIES_PREFERRED}). Overrides the scalar kernels
 * where SIMD pays; must agree with them within float rounding.
 *
 * <p>Loaded only by {@link KernelSelector}, by name, after checking that the incubator module is
 * present.
 */
final class VectorKernels extends ScalarKernels {

  VectorKernels() {}

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public int lanes() {
    return FloatVector.SPECIES_PREFERRED.length();
  }

  @Override
  public void biasActivation(
      int rows, int cols, float[] x, int xOff, float[] bias, Activation act, float[] y, int yOff) {
    VectorActivations.biasActivation(rows, cols, x, xOff, bias, act, y, yOff);
  }

  @Override
  public void activationBackward(
      Activation act, int length, float[] y, int yOff, float[] dy, float[] dx) {
    VectorActivations.activationBackward(act, length, y, yOff, dy, dx);
  }

  @Override
  public void biasGradient(int rows, int cols, float[] dy, float[] dBias) {
    VectorStatistics.biasGradient(rows, cols, dy, dBias);
  }

  @Override
  public void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    VectorActivations.softmax(rows, cols, x, xOff, y, yOff);
  }

  @Override
  public void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx) {
    VectorActivations.softmaxBackward(rows, cols, y, dy, dx);
  }

  @Override
  public void channelMeanVariance(
      int rows, int channels, float[] x, int xOff, float[] mean, float[] variance) {
    VectorStatistics.channelMeanVariance(rows, channels, x, xOff, mean, variance);
  }

  @Override
  public void add(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    VectorElementwise.add(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void sub(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    VectorElementwise.sub(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void mul(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    VectorElementwise.mul(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void div(int n, float[] a, int aOff, float[] b, int bOff, float[] out, int outOff) {
    VectorElementwise.div(n, a, aOff, b, bOff, out, outOff);
  }

  @Override
  public void scaleShift(
      int n, float[] a, int aOff, float scale, float shift, float[] out, int outOff) {
    VectorElementwise.scaleShift(n, a, aOff, scale, shift, out, outOff);
  }

  @Override
  public void axpy(int n, float alpha, float[] x, int xOff, float[] y, int yOff) {
    VectorElementwise.axpy(n, alpha, x, xOff, y, yOff);
  }

  @Override
  public double sum(int n, float[] x, int off) {
    return VectorElementwise.sum(n, x, off);
  }

  @Override
  public double dot(int n, float[] a, int aOff, float[] b, int bOff) {
    return VectorElementwise.dot(n, a, aOff, b, bOff);
  }

  @Override
  public float max(int n, float[] x, int off) {
    return VectorElementwise.max(n, x, off);
  }

  @Override
  public void conv2d(
      ConvGeometry g, float[] x, int xOff, float[] kernel, float[] bias, float[] y, int yOff) {
    VectorConv.conv2d(this, g, x, xOff, kernel, bias, y, yOff);
  }

  @Override
  public void conv2dBackwardInput(ConvGeometry g, float[] dy, float[] kernel, float[] dx) {
    VectorConv.conv2dBackwardInput(this, g, dy, kernel, dx);
  }

  @Override
  public void conv2dBackwardKernel(
      ConvGeometry g, float[] x, int xOff, float[] dy, float[] dKernel, float[] dBias) {
    VectorConv.conv2dBackwardKernel(this, g, x, xOff, dy, dKernel, dBias);
  }

  @Override
  public void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax) {
    VectorPooling.maxPool(g, x, xOff, y, argmax);
  }

  @Override
  public void avgPool(PoolGeometry g, float[] x, int xOff, float[] y) {
    VectorPooling.avgPool(g, x, xOff, y);
  }

  @Override
  public void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx) {
    VectorPooling.avgPoolBackward(g, dy, dx);
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
    VectorGemm.gemm(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
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
    VectorGemm.gemmTN(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
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
    VectorGemm.gemmNT(m, n, k, a, aOff, b, bOff, c, cOff, accumulate);
  }
}
