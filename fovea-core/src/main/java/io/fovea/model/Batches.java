package io.fovea.model;

import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/** Copies chosen samples of a data set into a contiguous batch tensor, reusing its buffer. */
final class Batches {

  private final Tensor source;
  private final int sampleSize;
  private Tensor buffer;

  Batches(Tensor source) {
    this.source = source;
    this.sampleSize = source.shape().dim(0) == 0 ? 0 : source.size() / source.shape().dim(0);
  }

  /** The samples {@code order[from .. to-1]}; valid until the next call. */
  Tensor gather(int[] order, int from, int to) {
    Tensor b = buffer(to - from);
    for (int i = from; i < to; i++) {
      System.arraycopy(
          source.data(),
          source.offset() + order[i] * sampleSize,
          b.data(),
          (i - from) * sampleSize,
          sampleSize);
    }
    return b;
  }

  /** The samples {@code from .. to-1} in order; valid until the next call. */
  Tensor range(int from, int to) {
    Tensor b = buffer(to - from);
    System.arraycopy(
        source.data(), source.offset() + from * sampleSize, b.data(), 0, (to - from) * sampleSize);
    return b;
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
