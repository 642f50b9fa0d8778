package io.fovea.kernel;

/** Plain-Java convolution; see {@link Kernels#conv2d}. (Skeleton: to be written.) */
final class ScalarConv {

  private ScalarConv() {}

  static void im2col(ConvGeometry g, float[] x, int xOff, int first, int count, float[] cols) {
    throw new UnsupportedOperationException("im2col");
  }

  static void col2im(ConvGeometry g, float[] cols, int first, int count, float[] dx, int dxOff) {
    throw new UnsupportedOperationException("col2im");
  }

  static void conv2d(Kernels k, ConvGeometry g, float[] x, int xOff, float[] kernel,
      float[] bias, float[] y, int yOff) {
    throw new UnsupportedOperationException("conv2d");
  }

  static void conv2dBackwardInput(Kernels k, ConvGeometry g, float[] dy, float[] kernel,
      float[] dx) {
    throw new UnsupportedOperationException("conv2dBackwardInput");
  }

  static void conv2dBackwardKernel(Kernels k, ConvGeometry g, float[] x, int xOff, float[] dy,
      float[] dKernel, float[] dBias) {
    throw new UnsupportedOperationException("conv2dBackwardKernel");
  }
}
