package io.fovea.data;

import io.fovea.model.BatchSource;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batches of a source prepared ahead on daemon threads: up to {@code ahead} batches are in
 * preparation or ready while the consumer trains, and {@link #next()} hands them out in order. Each
 * batch is computed by {@link BatchSource#batch} from its own numbers, so the result does not
 * depend on which thread made it. A failure in a worker is thrown by {@code next()} for the batch
 * that failed; {@link #close()} cancels the rest and stops the threads.
 */
final class Prefetcher implements BatchSource.Stream {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final BatchSource source;
  private final ExecutorService pool;
  private final ArrayDeque<Future<BatchSource.Batch>> queue = new ArrayDeque<>();
  private final int ahead;
  private long submitted;

  Prefetcher(BatchSource source, long first, int workers, int ahead) {
    this.source = source;
    this.ahead = ahead;
    this.submitted = first;
    int id = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "fovea-flow-" + id + "-" + threads.incrementAndGet());
              // Daemon threads never keep the JVM alive if a consumer forgets to close the stream.
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public BatchSource.Batch next() {
    while (queue.size() < ahead + 1) {
      long g = submitted++;
      int per = source.batchesPerEpoch();
      queue.add(pool.submit(() -> source.batch((int) (g / per), (int) (g % per))));
    }
    Future<BatchSource.Batch> head = queue.poll();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("ImageFlow: interrupted while waiting for a batch", e);
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(
          "ImageFlow: preparing a batch failed: " + ImageFiles.reason(cause), cause);
    }
  }

  @Override
  public void close() {
    for (Future<BatchSource.Batch> f : queue) {
      f.cancel(true);
    }
    queue.clear();
    pool.shutdownNow();
  }

  /** Whether the worker threads have stopped (after {@link #close()}). */
  boolean terminated() {
    return pool.isTerminated();
  }
}
