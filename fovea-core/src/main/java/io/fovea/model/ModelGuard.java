package io.fovea.model;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Who may use one {@link Sequential} at a time: any number of inference calls ({@code predict},
 * {@code outputOf}, {@code evaluate}) on any threads, or one writer ({@code fit}, {@code
 * setWeights}) on one thread, never both. A call that would overlap the other kind is refused with
 * an {@code IllegalStateException} at once, rather than waiting or returning numbers from
 * half-updated weights.
 *
 * <p>The writer's own thread may run inference and nested writes (validation, and callbacks that
 * predict or restore weights during {@code fit}). {@code evaluate} calls also take a lock among
 * themselves, because the compiled metrics accumulate over a whole evaluation; their forward passes
 * still run beside concurrent predictions.
 */
final class ModelGuard {

  /** The number of inference calls running on other threads than the writer, or -1 for a writer. */
  private final AtomicInteger state = new AtomicInteger();

  private final ReentrantLock metrics = new ReentrantLock();
  private volatile Thread writer;

  /** Runs an inference call; throws naming {@code where} while a writer runs on another thread. */
  <T> T shared(String where, Supplier<T> body) {
    if (writer == Thread.currentThread()) {
      return body.get();
    }
    while (true) {
      int s = state.get();
      if (s < 0) {
        throw new IllegalStateException(
            where
                + ": expected no fit or setWeights running on this model, got one running on "
                + threadName()
                + ". Training is single-threaded: predict after fit returns, from the fitting"
                + " thread (a callback), or on a copy of the model");
      }
      if (state.compareAndSet(s, s + 1)) {
        break;
      }
    }
    try {
      return body.get();
    } finally {
      state.decrementAndGet();
    }
  }

  /** Runs an evaluation: an inference call that holds the compiled metrics alone. */
  <T> T evaluation(String where, Supplier<T> body) {
    return shared(
        where,
        () -> {
          metrics.lock();
          try {
            return body.get();
          } finally {
            metrics.unlock();
          }
        });
  }

  /** Runs a writer; throws naming {@code where} while any other call runs on this model. */
  <T> T exclusive(String where, Supplier<T> body) {
    Thread me = Thread.currentThread();
    if (writer == me) {
      return body.get();
    }
    if (!state.compareAndSet(0, -1)) {
      int s = state.get();
      throw new IllegalStateException(
          where
              + ": expected no other call running on this model, got "
              + (s < 0
                  ? "fit or setWeights running on " + threadName()
                  : s
                      + " predict/evaluate call"
                      + (s == 1 ? "" : "s")
                      + " running on other threads")
              + ". Training is single-threaded: wait for them, or train a copy of the model");
    }
    writer = me;
    try {
      return body.get();
    } finally {
      writer = null;
      state.set(0);
    }
  }

  private String threadName() {
    Thread t = writer;
    return t == null ? "another thread" : "thread '" + t.getName() + "'";
  }
}
