package io.fovea.data;

import io.fovea.tensor.Ops;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;

/**
 * Batches of in-memory images (Keras's {@code NumpyArrayIterator}): {@code x} {@code [n, h, w, c]}
 * and labels {@code y} {@code [n, ...]} (or null), in batches {@code [batch, h, w, c]} and {@code
 * [batch, ...]}, augmented and standardised by the generator. With a subset, the generator's {@code
 * validationSplit} takes the first {@code int(n * split)} samples for validation and the rest for
 * training, as Keras.
 */
public final class ArrayFlow extends ImageFlow {

  private final Tensor x;
  private final Tensor y;
  private final Shape image;
  private final int offset;
  private final int count;

  ArrayFlow(ImageDataGenerator generator, Tensor x, Tensor y, Flow options) {
    super(generator, options, options.subset != Flow.Subset.VALIDATION, "flow");
    if (x == null || x.rank() != 4) {
      throw new IllegalArgumentException(
          "flow: expected x of rank 4 [samples, height, width, "
              + "channels], got "
              + (x == null ? "null" : "shape " + x.shape())
              + (x != null && x.rank() == 3
                  ? ". Add the channel axis: x.reshape("
                      + x.shape().dim(0)
                      + ", "
                      + x.shape().dim(1)
                      + ", "
                      + x.shape().dim(2)
                      + ", 1)"
                  : ""));
    }
    int n = x.shape().dim(0);
    if (y != null && (y.rank() < 1 || y.shape().dim(0) != n)) {
      throw new IllegalArgumentException(
          "flow: expected y with as many samples as x ("
              + n
              + "), got shape "
              + y.shape()
              + " (x "
              + x.shape()
              + ")");
    }
    this.x = x;
    this.y = y;
    this.image = x.shape().without(0);
    int split = options.subset == null ? 0 : (int) (n * generator.validationSplit());
    if (options.subset != null && (split == 0 || split == n)) {
      throw new IllegalArgumentException(
          "flow: expected validationSplit "
              + generator.validationSplit()
              + " to leave samples in both subsets, got "
              + split
              + " of "
              + n
              + " for validation. Set validationSplit on the generator");
    }
    this.offset = options.subset == Flow.Subset.TRAINING ? split : 0;
    this.count =
        options.subset == null ? n : options.subset == Flow.Subset.VALIDATION ? split : n - split;
  }

  @Override
  Shape imageShape() {
    return image;
  }

  @Override
  public int sampleCount() {
    return count;
  }

  @Override
  float[] load(int index) {
    return x.index(offset + index).toArray();
  }

  @Override
  Tensor labels(int[] order, int from, int to) {
    if (y == null) {
      return null;
    }
    // The subset starts at sample `offset` of y: gather from that view.
    Tensor subset = y.slice(offset, offset + count);
    return Ops.gatherSamples(subset, order, from, to, Tensor.zeros(y.shape().with(0, to - from)));
  }
}
