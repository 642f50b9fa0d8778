package io.fovea.kernel;

/** Plain-Java activations, softmax and statistics. (Skeleton: to be written.) */
final class ScalarActivations {

  private ScalarActivations() {}

  static void biasActivation(int rows, int cols, float[] x, int xOff, float[] bias,
      Activation act, float[] y, int yOff) {
    throw new UnsupportedOperationException("biasActivation");
  }

  static void activationBackward(Activation act, int length, float[] y, int yOff, float[] dy,
      float[] dx) {
    throw new UnsupportedOperationException("activationBackward");
  }

  static void biasGradient(int rows, int cols, float[] dy, float[] dBias) {
    throw new UnsupportedOperationException("biasGradient");
  }

  static void softmax(int rows, int cols, float[] x, int xOff, float[] y, int yOff) {
    throw new UnsupportedOperationException("softmax");
  }

  static void softmaxBackward(int rows, int cols, float[] y, float[] dy, float[] dx) {
    throw new UnsupportedOperationException("softmaxBackward");
  }

  static void channelMeanVariance(int rows, int channels, float[] x, int xOff, float[] mean,
      float[] variance) {
    throw new UnsupportedOperationException("channelMeanVariance");
  }
}
