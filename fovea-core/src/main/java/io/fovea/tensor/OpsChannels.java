package io.fovea.tensor;

import io.fovea.kernel.Kernels;

/** The bodies of {@link Ops}'s per-channel statistics and affine map over {@code [..., c]}. */
final class OpsChannels {

  private OpsChannels() {}

  static void meanVariance(Tensor x, Tensor mean, Tensor variance) {
    OpsChecks.present("channelMeanVariance", "an input", x);
    int c = OpsChecks.lastAxis(x);
    OpsChecks.shape("channelMeanVariance", "mean", Shape.of(c), mean);
    OpsChecks.shape("channelMeanVariance", "variance", Shape.of(c), variance);
    float[] m = OpsChecks.open(mean);
    float[] v = OpsChecks.open(variance);
    Kernels.get().channelMeanVariance(OpsChecks.rows(x), c, x.data(), x.offset(), m, v);
    OpsChecks.close(m, mean);
    OpsChecks.close(v, variance);
  }

  static Tensor scaleShift(Tensor x, Tensor scale, Tensor shift, Tensor y) {
    OpsChecks.present("channelScaleShift", "an input", x);
    int c = OpsChecks.lastAxis(x);
    OpsChecks.shape("channelScaleShift", "scale", Shape.of(c), scale);
    if (shift != null) {
      OpsChecks.shape("channelScaleShift", "shift", Shape.of(c), shift);
    }
    OpsChecks.shape("channelScaleShift", "output", x.shape(), y);
    Kernels.get()
        .channelScaleShift(
            OpsChecks.rows(x),
            c,
            x.data(),
            x.offset(),
            OpsChecks.read(scale),
            OpsChecks.read(shift),
            y.data(),
            y.offset());
    return y;
  }
}
