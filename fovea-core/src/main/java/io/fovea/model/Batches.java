package io.fovea.model;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/** Copies chosen samples of a data set into a contiguous batch tensor, reusing its buffer. */
final class Batches {

  private final Tensor source;
  private Tensor buffer;

  Batches(Tensor source) {
    this.source = source;
  }

  /** The samples {@code order[from .. to-1]}; valid until the next call. */
  Tensor gather(int[] order, int from, int to) {
    return Ops.gatherSamples(source, order, from, to, buffer(to - from));
  }

  /** The samples {@code from .. to-1} in order; valid until the next call. */
  Tensor range(int from, int to) {
    return Ops.copySamples(source, from, to - from, buffer(to - from), 0);
  }

  private Tensor buffer(int n) {
    if (buffer == null || buffer.shape().dim(0) != n) {
      buffer = Tensor.zeros(source.shape().with(0, n));
    }
    return buffer;
  }

  /** The per-sample shape of {@code t} (its shape without the batch axis). */
  static Shape perSample(Tensor t) {
    return t.shape().without(0);
  }
}
