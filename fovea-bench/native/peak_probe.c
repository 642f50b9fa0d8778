/*
 * Peak probe: the real core clock under load and the achievable FP32 FMA throughput.
 *
 * clock: each thread runs a chain of dependent 64-bit integer adds (one cycle latency each), so
 *   adds per second = cycles per second, measured with all threads busy at once.
 * fma:   each thread runs 12 independent chains of vfmadd231ps (zmm = 16 lanes, ymm = 8 lanes),
 *   enough to cover the FMA latency, so the count per second is the FMA issue throughput.
 *
 * Usage: peak_probe THREADS    prints clock GHz, GFLOPS (zmm, ymm) and FMA lanes-ops per cycle.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define ITERS 200000000L

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

/* 10 dependent adds per iteration, plus the loop's own (independent) counter. */
static void *add_chain(void *arg) {
  long x = 0;
  for (long i = 0; i < ITERS; i++) {
    __asm__ volatile(
        "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
        "add $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\tadd $1, %0\n\t"
        : "+r"(x));
  }
  *(long *)arg = x;
  return NULL;
}

#define FMA12(R)                                                             \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "0\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "1\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "2\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "3\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "4\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "5\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "6\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "7\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "8\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "9\n\t"                           \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "10\n\t"                          \
  "vfmadd231ps %%" R "12, %%" R "13, %%" R "11\n\t"

#define FMA_ITERS (ITERS / 4)
#define CLOBBER "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", \
                "xmm9", "xmm10", "xmm11", "xmm12", "xmm13"

static void *fma_zmm(void *arg) {
  __asm__ volatile("vxorps %%zmm12, %%zmm12, %%zmm12\n\tvxorps %%zmm13, %%zmm13, %%zmm13" ::
                       : CLOBBER);
  for (long i = 0; i < FMA_ITERS; i++) {
    __asm__ volatile(FMA12("zmm") ::: CLOBBER);
  }
  (void)arg;
  return NULL;
}

static void *fma_ymm(void *arg) {
  __asm__ volatile("vxorps %%ymm12, %%ymm12, %%ymm12\n\tvxorps %%ymm13, %%ymm13, %%ymm13" ::
                       : CLOBBER);
  for (long i = 0; i < FMA_ITERS; i++) {
    __asm__ volatile(FMA12("ymm") ::: CLOBBER);
  }
  (void)arg;
  return NULL;
}

/* Runs body on `threads` threads at once; returns the wall time. */
static double run(int threads, void *(*body)(void *)) {
  pthread_t t[64];
  long out[64];
  double start = now();
  for (int i = 0; i < threads; i++) pthread_create(&t[i], NULL, body, &out[i]);
  for (int i = 0; i < threads; i++) pthread_join(t[i], NULL);
  return now() - start;
}

int main(int argc, char **argv) {
  int threads = argc > 1 ? atoi(argv[1]) : 1;
  run(threads, fma_zmm); /* warm-up: lets the clock settle under vector load */
  double tc = run(threads, add_chain);
  double ghz = ITERS * 10.0 / tc / 1e9;
  double tz = run(threads, fma_zmm);
  double ty = run(threads, fma_ymm);
  double fmas = (double)FMA_ITERS * 12 * threads;
  double gz = fmas * 16 * 2 / tz / 1e9;
  double gy = fmas * 8 * 2 / ty / 1e9;
  printf("threads=%d clock_ghz=%.3f zmm_gflops=%.1f ymm_gflops=%.1f "
         "zmm_fma_per_cycle_per_core=%.2f ymm_fma_per_cycle_per_core=%.2f\n",
         threads, ghz, gz, gy, fmas / threads / tz / (ghz * 1e9),
         fmas / threads / ty / (ghz * 1e9));
  return 0;
}
