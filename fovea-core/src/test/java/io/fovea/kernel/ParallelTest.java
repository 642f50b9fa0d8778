package io.fovea.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void usesOneThreadPerCoreUnlessTheSystemPropertySaysOtherwise() {
    String configured = System.getProperty("fovea.threads");
    int expected =
        configured == null
            ? Runtime.getRuntime().availableProcessors()
            : Integer.parseInt(configured.trim());
    assertThat(Parallel.threads()).isEqualTo(expected);
  }

  @Test
  void coversEveryIndexExactlyOnce() {
    int[] sizes = {0, 1, 2, 3, 7, 64, 1000, 4099};
    int[] minChunks = {1, 2, 5, 100, 10_000};
    for (int n : sizes) {
      for (int minChunk : minChunks) {
        AtomicIntegerArray hits = new AtomicIntegerArray(n);
        Parallel.forRange(
            n,
            minChunk,
            (from, to) -> {
              for (int i = from; i < to; i++) {
                hits.incrementAndGet(i);
              }
            });
        for (int i = 0; i < n; i++) {
          assertThat(hits.get(i)).as("n=%d minChunk=%d index %d", n, minChunk, i).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void splitsIntoChunksOfAtLeastTheMinimum() {
    List<Integer> lengths = new ArrayList<>();
    Parallel.forRange(
        10,
        4,
        (from, to) -> {
          synchronized (lengths) {
            lengths.add(to - from);
          }
        });
    assertThat(lengths).allSatisfy(length -> assertThat(length).isGreaterThanOrEqualTo(4));
    assertThat(lengths).hasSizeLessThanOrEqualTo(Parallel.threads());
  }

  @Test
  void rethrowsAnExceptionFromAnyChunk() {
    int n = 1000;
    assertThatThrownBy(
            () ->
                Parallel.forRange(
                    n,
                    1,
                    (from, to) -> {
                      if (to == n) {
                        throw new IllegalStateException("last chunk failed");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("last chunk failed");
    assertThatThrownBy(
            () ->
                Parallel.forRange(
                    n,
                    1,
                    (from, to) -> {
                      if (from == 0) {
                        throw new AssertionError("first chunk failed");
                      }
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessage("first chunk failed");
    AtomicInteger sum = new AtomicInteger();
    Parallel.forRange(n, 1, (from, to) -> sum.addAndGet(to - from));
    assertThat(sum.get()).as("the pool still works after a failure").isEqualTo(n);
  }

  @Test
  void runsNestedCallsInlineOnTheCallingThread() {
    int outer = 8;
    AtomicIntegerArray hits = new AtomicIntegerArray(outer * 100);
    AtomicInteger foreignThreads = new AtomicInteger();
    Parallel.forRange(
        outer,
        1,
        (from, to) -> {
          Thread self = Thread.currentThread();
          for (int i = from; i < to; i++) {
            int row = i;
            Parallel.forRange(
                100,
                1,
                (f, t) -> {
                  if (Thread.currentThread() != self) {
                    foreignThreads.incrementAndGet();
                  }
                  for (int j = f; j < t; j++) {
                    hits.incrementAndGet(row * 100 + j);
                  }
                });
          }
        });
    assertThat(foreignThreads.get()).isZero();
    for (int i = 0; i < outer * 100; i++) {
      assertThat(hits.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void servesTwoConcurrentCallersCorrectly() throws InterruptedException {
    int rounds = 2000;
    int n = 5000;
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> error = new AtomicReference<>();
    ConcurrentHashMap<String, Long> totals = new ConcurrentHashMap<>();
    List<Thread> callers = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      String name = "caller-" + c;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  long total = 0;
                  for (int r = 0; r < rounds; r++) {
                    long[] partial = new long[n];
                    Parallel.forRange(
                        n,
                        16,
                        (from, to) -> {
                          for (int i = from; i < to; i++) {
                            partial[i] += i;
                          }
                        });
                    for (long v : partial) {
                      total += v;
                    }
                  }
                  totals.put(name, total);
                } catch (Throwable e) {
                  error.set(e);
                }
              },
              name);
      callers.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : callers) {
      t.join();
    }
    assertThat(error.get()).isNull();
    long expected = (long) rounds * n * (n - 1) / 2;
    assertThat(totals).containsEntry("caller-0", expected).containsEntry("caller-1", expected);
  }
}
