package io.fovea.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared pool the kernels split their work over: one thread per core ({@code -Dfovea.threads=N}
 * overrides), the caller counting as one.
 *
 * <p>Workers spin briefly before parking, so that the many short parallel sections of a training
 * step do not each pay for a thread wake-up. A call made from inside a parallel section, or while
 * another thread holds the pool, runs on the calling thread alone. Callers must split work so that
 * the result does not depend on how many chunks run.
 */
public final class Parallel {

  /** A body run over {@code [from, to)}. */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  private static final long SPIN_NANOS = 200_000;
  private static final int THREADS = configuredThreads();
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static final AtomicInteger PENDING = new AtomicInteger();
  private static final Worker[] WORKERS = startWorkers(THREADS - 1);
  private static volatile Throwable failure;

  private Parallel() {}

  /** Threads a parallel section uses, the caller included. */
  public static int threads() {
    return THREADS;
  }

  /**
   * Runs {@code body} over {@code [0, n)} in at most {@link #threads()} contiguous chunks of at
   * least {@code minChunk} items, and returns when all are done. An exception from any chunk is
   * rethrown here.
   */
  public static void forRange(int n, int minChunk, Range body) {
    if (n <= 0) {
      return;
    }
    int chunks = Math.min(THREADS, Math.max(1, n / Math.max(1, minChunk)));
    // The lock is reentrant: a call from the caller's own chunk must not take it again.
    if (chunks == 1
        || Thread.currentThread() instanceof Worker
        || LOCK.isHeldByCurrentThread()
        || !LOCK.tryLock()) {
      body.run(0, n);
      return;
    }
    try {
      failure = null;
      PENDING.set(chunks - 1);
      for (int c = 1; c < chunks; c++) {
        WORKERS[c - 1].submit(body, bound(n, chunks, c), bound(n, chunks, c + 1));
      }
      try {
        body.run(0, bound(n, chunks, 1));
      } finally {
        while (PENDING.get() > 0) {
          Thread.onSpinWait();
        }
      }
      Throwable t = failure;
      if (t != null) {
        failure = null;
        if (t instanceof RuntimeException e) {
          throw e;
        }
        if (t instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException(t);
      }
    } finally {
      LOCK.unlock();
    }
  }

  /** Start of chunk {@code c} of {@code chunks} over {@code n} items. */
  private static int bound(int n, int chunks, int c) {
    return (int) ((long) n * c / chunks);
  }

  private static int configuredThreads() {
    String value = System.getProperty("fovea.threads");
    if (value == null || value.isBlank()) {
      return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        "fovea.threads: expected a positive integer, got '" + value + "'");
  }

  private static Worker[] startWorkers(int count) {
    Worker[] workers = new Worker[count];
    for (int i = 0; i < count; i++) {
      workers[i] = new Worker(i + 1);
      workers[i].start();
    }
    return workers;
  }

  private static final class Worker extends Thread {
    private volatile Range body;
    private int from;
    private int to;
    private volatile boolean parked;

    Worker(int index) {
      super("fovea-kernel-" + index);
      setDaemon(true);
    }

    void submit(Range task, int start, int end) {
      from = start;
      to = end;
      body = task; // volatile write publishes from/to
      if (parked) {
        LockSupport.unpark(this);
      }
    }

    @Override
    public void run() {
      while (true) {
        Range task = await();
        try {
          task.run(from, to);
        } catch (Throwable t) {
          failure = t;
        } finally {
          body = null;
          PENDING.decrementAndGet();
        }
      }
    }

    private Range await() {
      long start = System.nanoTime();
      Range task;
      while ((task = body) == null) {
        if (System.nanoTime() - start < SPIN_NANOS) {
          Thread.onSpinWait();
          continue;
        }
        parked = true;
        while ((task = body) == null) {
          LockSupport.park(this);
        }
        parked = false;
        return task;
      }
      return task;
    }
  }
}
