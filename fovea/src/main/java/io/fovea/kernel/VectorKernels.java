package io.fovea.kernel;

import jdk.incubator.vector.FloatVector;

/**
 * The JDK Vector API kernels ({@link FloatVector#SPECIES_PREFERRED}). Overrides the scalar
 * kernels where SIMD pays; must agree with them within float rounding.
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
  public void conv2d(ConvGeometry g, float[] x, int xOff, float[] kernel, float[] bias,
      float[] y, int yOff) {
    VectorConv.conv2d(this, g, x, xOff, kernel, bias, y, yOff);
  }

  @Override
  public void conv2dBackwardInput(ConvGeometry g, float[] dy, float[] kernel, float[] dx) {
    VectorConv.conv2dBackwardInput(this, g, dy, kernel, dx);
  }

  @Override
  public void conv2dBackwardKernel(ConvGeometry g, float[] x, int xOff, float[] dy,
      float[] dKernel, float[] dBias) {
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
}
