package io.fovea.model;

import io.fovea.tensor.Tensor;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Batches that {@link Sequential#fit(BatchSource, Fit)}, {@link Sequential#evaluate(BatchSource)}
 * and {@link Sequential#predict(BatchSource)} draw from, such as the flows of an image data
 * generator (Keras's {@code PyDataset}/{@code Sequence}).
 *
 * <p>A pass over the data ("epoch" of the source) has {@link #batchesPerEpoch()} batches; batch
 * {@code index} of pass {@code epoch} is {@link #batch(int, int)}, a pure function of the two
 * numbers, so that a seeded source gives the same batches on any thread. Batches are numbered
 * globally from 0 across passes: global batch {@code g} is batch {@code g % batchesPerEpoch()} of
 * pass {@code g / batchesPerEpoch()}. {@code fit} reads them one after another through a {@link
 * Stream}, which a source may prepare ahead on background threads.
 *
 * <p>Shapes: {@code x} is {@code [batch, ...inputShape]}, {@code y} {@code [batch, ...]} with the
 * labels the loss expects, or null for a source without labels (prediction only).
 */
public interface BatchSource {

  /** One batch: inputs {@code x} and labels {@code y} (null when the source has none). */
  record Batch(Tensor x, Tensor y) {}

  /** Batches read in order; {@link #close()} stops any background work. */
  interface Stream extends Iterator<Batch>, AutoCloseable {
    @Override
    void close();
  }

  /** The number of batches in one pass over the samples. */
  int batchesPerEpoch();

  /** The number of samples in one pass. */
  int sampleCount();

  /** Batch {@code index} (0-based, below {@link #batchesPerEpoch()}) of pass {@code epoch}. */
  Batch batch(int epoch, int index);

  /**
   * The endless sequence of batches from global batch {@code first} on. This default computes each
   * batch when asked, on the calling thread.
   */
  default Stream stream(long first) {
    return new Stream() {
      private long next = first;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Batch next() {
        int per = batchesPerEpoch();
        if (per < 1) {
          throw new NoSuchElementException(
              "BatchSource: expected batchesPerEpoch >= 1, got " + per);
        }
        long g = next++;
        return batch((int) (g / per), (int) (g % per));
      }

      @Override
      public void close() {}
    };
  }
}
