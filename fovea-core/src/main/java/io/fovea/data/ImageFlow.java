package io.fovea.data;

import io.fovea.model.BatchSource;
import io.fovea.tensor.Rng;
import io.fovea.tensor.Shape;
import io.fovea.tensor.Tensor;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The batching shared by {@link ArrayFlow} and {@link DirectoryFlow} (Keras's {@code Iterator}):
 * pass {@code e} visits the samples in an order drawn from {@code (seed, e)} (or in order when not
 * shuffled); batch {@code i} of it takes the next {@code batchSize} samples, draws their random
 * transforms from {@code (seed, e, i)}, and stacks them into {@code x} {@code [batch, h, w, c]}
 * with their labels {@code y}. So a batch depends only on the seed, the pass and the index,
 * whichever thread prepares it. {@link #stream} prepares batches on background threads.
 */
public abstract class ImageFlow implements BatchSource {

  private final ImageDataGenerator generator;
  private final int batchSize;
  private final boolean shuffle;
  private final long seed;
  private final int workers;
  private final int queueSize;
  private final boolean augment;
  private int cachedEpoch = -1;
  private int[] cachedOrder;
  private long nextBatch;

  ImageFlow(ImageDataGenerator generator, Flow options, boolean augment, String where) {
    generator.requireFitted(where);
    this.generator = generator;
    this.batchSize = options.batchSize;
    this.shuffle = options.shuffle;
    this.seed = options.seed != null ? options.seed : ThreadLocalRandom.current().nextLong();
    this.workers = options.workers;
    this.queueSize = options.queueSize;
    this.augment = augment;
  }

  /** The shape {@code [h, w, c]} of one image. */
  abstract Shape imageShape();

  /**
   * The pixels of sample {@code index}, row-major {@code [h, w, c]}, as read; null to leave the
   * sample out of its batch (a file that cannot be read), which makes the batch one shorter.
   */
  abstract float[] load(int index);

  /** The labels of samples {@code order[from..to-1]}, or null when there are none. */
  abstract Tensor labels(int[] order, int from, int to);

  /** The number of samples in one pass. */
  @Override
  public abstract int sampleCount();

  /** The samples per batch. */
  public int batchSize() {
    return batchSize;
  }

  @Override
  public int batchesPerEpoch() {
    return (sampleCount() + batchSize - 1) / batchSize;
  }

  @Override
  public Batch batch(int epoch, int index) {
    if (epoch < 0 || index < 0 || index >= batchesPerEpoch()) {
      throw new IndexOutOfBoundsException(
          "ImageFlow: expected epoch >= 0 and batch index in "
              + "[0, "
              + batchesPerEpoch()
              + "), got epoch "
              + epoch
              + ", index "
              + index);
    }
    int[] order = order(epoch);
    int from = index * batchSize;
    int to = Math.min(order.length, from + batchSize);
    Shape s = imageShape();
    int h = s.dim(0);
    int w = s.dim(1);
    int c = s.dim(2);
    Tensor x = Tensor.zeros(to - from, h, w, c);
    Rng rng = new Rng(mix(mix(seed ^ 0x5DEECE66DL, epoch), index));
    int[] kept = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      float[] img = load(order[i]);
      // The transform is drawn even for a skipped sample, so the others keep theirs.
      Transform t = augment ? generator.randomTransform(s, rng) : null;
      if (img == null) {
        continue;
      }
      if (augment) {
        img = generator.transform(img, h, w, c, t);
      }
      generator.standardize(img, c);
      x.index(n).copyFrom(img, 0);
      kept[n++] = order[i];
    }
    if (n < to - from) {
      // Skipped samples shorten the batch; the labels follow the samples that were kept.
      float[] values = new float[n * h * w * c];
      x.slice(0, n).copyTo(values, 0);
      return new Batch(Tensor.wrap(values, n, h, w, c), labels(kept, 0, n));
    }
    return new Batch(x, labels(order, from, to));
  }

  /**
   * The next batch, counting from batch 0 of pass 0 (Python's {@code next(flow)}); prepared on the
   * calling thread.
   */
  public synchronized Batch next() {
    long g = nextBatch++;
    return batch((int) (g / batchesPerEpoch()), (int) (g % batchesPerEpoch()));
  }

  /** Restarts {@link #next()} from batch 0 of pass 0. */
  public synchronized void reset() {
    nextBatch = 0;
  }

  @Override
  public Stream stream(long first) {
    if (workers == 0) {
      return BatchSource.super.stream(first);
    }
    return new Prefetcher(this, first, workers, queueSize);
  }

  /** The order of the samples in pass {@code epoch}. */
  synchronized int[] order(int epoch) {
    if (epoch != cachedEpoch) {
      int[] order = new int[sampleCount()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      if (shuffle) {
        new Rng(mix(seed, epoch)).shuffle(order);
      }
      cachedOrder = order;
      cachedEpoch = epoch;
    }
    return cachedOrder;
  }

  /** SplitMix64's finaliser over {@code a} and {@code b}: seeds that differ in any bit. */
  static long mix(long a, long b) {
    long z = a + 0x9E3779B97F4A7C15L * (b + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
