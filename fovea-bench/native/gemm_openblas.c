/*
 * OpenBLAS SGEMM harness: C[m,n] = A[m,k] * B[k,n], row-major, by cblas_sgemm.
 *
 * First checks the library against a plain triple loop on a small odd shape (so a wrong kernel
 * for the selected core type is caught), then for each shape M,N,K given on the command line
 * warms up for WARMUP seconds and reports the median GFLOPS of REPS timed repetitions (each
 * repetition runs enough products to last ~0.2 s).
 *
 * Usage: gemm_openblas WARMUP REPS MxNxK...   (threads: OPENBLAS_NUM_THREADS)
 */
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static float *random_matrix(long size, unsigned *seed) {
  float *x = malloc(sizeof(float) * (size > 0 ? size : 1));
  for (long i = 0; i < size; i++) x[i] = (float)rand_r(seed) / RAND_MAX * 2 - 1;
  return x;
}

static void sgemm(int m, int n, int k, const float *a, const float *b, float *c) {
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1.0f, a, k, b, n, 0.0f, c, n);
}

static int check(void) {
  int m = 67, n = 131, k = 259;
  unsigned seed = 1;
  float *a = random_matrix((long)m * k, &seed);
  float *b = random_matrix((long)k * n, &seed);
  float *c = random_matrix((long)m * n, &seed);
  sgemm(m, n, k, a, b, c);
  double worst = 0;
  for (int i = 0; i < m; i++) {
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int p = 0; p < k; p++) s += (double)a[i * k + p] * b[p * n + j];
      double e = fabs(s - c[i * n + j]);
      if (e > worst) worst = e;
    }
  }
  free(a);
  free(b);
  free(c);
  printf("check %dx%dx%d: max abs error %.2e %s\n", m, n, k, worst, worst < 1e-3 ? "ok" : "FAIL");
  return worst < 1e-3;
}

static int compare(const void *x, const void *y) {
  double d = *(const double *)x - *(const double *)y;
  return (d > 0) - (d < 0);
}

static double bench(int m, int n, int k, double warmup, int reps) {
  unsigned seed = 42;
  float *a = random_matrix((long)m * k, &seed);
  float *b = random_matrix((long)k * n, &seed);
  float *c = random_matrix((long)m * n, &seed);
  double flops = 2.0 * m * n * k;
  double start = now();
  long calls = 0;
  while (now() - start < warmup) {
    sgemm(m, n, k, a, b, c);
    calls++;
  }
  double per_call = (now() - start) / (calls > 0 ? calls : 1);
  long inner = (long)(0.2 / per_call) + 1;
  double *g = malloc(sizeof(double) * reps);
  for (int r = 0; r < reps; r++) {
    double t0 = now();
    for (long i = 0; i < inner; i++) sgemm(m, n, k, a, b, c);
    g[r] = flops * inner / (now() - t0) / 1e9;
  }
  qsort(g, reps, sizeof(double), compare);
  double median = g[reps / 2];
  free(g);
  free(a);
  free(b);
  free(c);
  return median;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s WARMUP_SECONDS REPS MxNxK...\n", argv[0]);
    return 2;
  }
  printf("openblas: %s core=%s threads=%d\n", openblas_get_config(), openblas_get_corename(),
         openblas_get_num_threads());
  if (!check()) return 1;
  double warmup = atof(argv[1]);
  int reps = atoi(argv[2]);
  for (int i = 3; i < argc; i++) {
    int m, n, k;
    if (sscanf(argv[i], "%dx%dx%d", &m, &n, &k) != 3) {
      fprintf(stderr, "bad shape %s\n", argv[i]);
      return 2;
    }
    printf("RESULT openblas %s %d %.1f\n", argv[i], openblas_get_num_threads(),
           bench(m, n, k, warmup, reps));
    fflush(stdout);
  }
  return 0;
}
