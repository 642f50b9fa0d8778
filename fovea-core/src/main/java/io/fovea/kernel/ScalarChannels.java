package io.fovea.kernel;

/**
 * Plain-Java per-channel loops over channels-last data; see {@link Kernels#channelScaleShift}.
 *
 * <p>Rows are split over {@link Parallel}; each output is computed by one thread, so results do not
 * depend on the thread count.
 */
final class ScalarChannels {

  /** Rows below which one thread does the whole map (about 64K floats for 32 channels). */
  private static final int MIN_ROWS_PER_THREAD = 2048;

  private ScalarChannels() {}

  static void scaleShift(
      int rows,
      int channels,
      float[] x,
      int xOff,
      float[] scale,
      float[] shift,
      float[] y,
      int yOff) {
    assert scale.length >= channels && (shift == null || shift.length >= channels);
    Parallel.forRange(
        rows,
        MIN_ROWS_PER_THREAD,
        (from, to) -> {
          for (int r = from; r < to; r++) {
            int in = xOff + r * channels;
            int out = yOff + r * channels;
            if (shift == null) {
              for (int c = 0; c < channels; c++) {
                y[out + c] = x[in + c] * scale[c];
              }
            } else {
              for (int c = 0; c < channels; c++) {
                y[out + c] = x[in + c] * scale[c] + shift[c];
              }
            }
          }
        });
  }
}
