package io.fovea.kernel;

/** Plain-Java pooling; see {@link Kernels#maxPool}. (Skeleton: to be written.) */
final class ScalarPooling {

  private ScalarPooling() {}

  static void maxPool(PoolGeometry g, float[] x, int xOff, float[] y, int[] argmax) {
    throw new UnsupportedOperationException("maxPool");
  }

  static void maxPoolBackward(PoolGeometry g, float[] dy, int[] argmax, float[] dx) {
    throw new UnsupportedOperationException("maxPoolBackward");
  }

  static void avgPool(PoolGeometry g, float[] x, int xOff, float[] y) {
    throw new UnsupportedOperationException("avgPool");
  }

  static void avgPoolBackward(PoolGeometry g, float[] dy, float[] dx) {
    throw new UnsupportedOperationException("avgPoolBackward");
  }
}
