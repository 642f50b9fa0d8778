package io.fovea.bench;

import java.util.Arrays;

/**
 * The warm-up and sampling shared by the harnesses: run a call until the JIT has compiled it, then
 * time it in samples and report milliseconds per call, sorted so that {@code [0]} is the fastest
 * sample and {@link #median} the middle one.
 */
final class Timing {

  /** Warm-up calls made even when the warm-up time is shorter. */
  private static final int MIN_WARMUP_CALLS = 3;

  private Timing() {}

  /**
   * Calls {@code call} for {@code warmupSeconds} (and at least 3 times), then takes {@code samples}
   * samples of as many calls as fill about {@code sampleSeconds} (at least one call; 0 times single
   * calls).
   *
   * @return the mean milliseconds per call of each sample, sorted ascending
   */
  static double[] sortedMillis(
      Runnable call, double warmupSeconds, int samples, double sampleSeconds) {
    long start = System.nanoTime();
    long warmupEnd = start + (long) (warmupSeconds * 1e9);
    int calls = 0;
    while (System.nanoTime() < warmupEnd || calls < MIN_WARMUP_CALLS) {
      call.run();
      calls++;
    }
    double nanosPerCall = (System.nanoTime() - start) / (double) calls;
    long perSample = (long) Math.max(1, sampleSeconds * 1e9 / nanosPerCall);
    double[] ms = new double[samples];
    for (int s = 0; s < samples; s++) {
      long t0 = System.nanoTime();
      for (long i = 0; i < perSample; i++) {
        call.run();
      }
      ms[s] = (System.nanoTime() - t0) / 1e6 / perSample;
    }
    Arrays.sort(ms);
    return ms;
  }

  /** The middle value of sorted samples (the upper middle for an even count). */
  static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
