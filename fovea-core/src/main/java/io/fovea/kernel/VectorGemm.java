package io.fovea.kernel;

import static io.fovea.kernel.VectorGemmMicro.MR;
import static io.fovea.kernel.VectorGemmMicro.NR;

import java.util.Arrays;

/**
 * Vector API matrix products {@code C[m,n] (+)= op(A) * op(B)}; see {@link Kernels#gemm}.
 *
 * <p>C is cut into a grid of independent blocks (row blocks of whole {@code MR}-row tiles times
 * column blocks of whole {@code NR}-column strips) split over {@link Parallel}. Each block runs the
 * k range in fixed slices of at most {@link #KC} steps (the slicing depends only on k); for each
 * slice B is packed into strips (or read in place when its rows are contiguous and short and the
 * block has too few rows to amortise a copy), and each tile of rows runs a register-blocked
 * micro-kernel ({@link VectorGemmMicro}) over every strip, A being broadcast from where it lies in
 * either layout. Every element of C is thus summed by one thread in one order whatever the thread
 * count, and a block's tiles line up with the global tile grid, so results are identical for any
 * number of threads.
 *
 * <p>Goto &amp; van de Geijn, Anatomy of High-Performance Matrix Multiplication, ACM TOMS 2008.
 */
final class VectorGemm {

  /** Longest k slice: a 6-row A panel stays in L1, a block of B in L2. */
  static final int KC = 384;

  /** Strips per column block before splitting for threads: a packed B block stays in L2. */
  static final int BLOCK_STRIPS = 4;

  /** Rows of a block from which packing B pays for itself. */
  static final int PACK_B_ROWS = 128;

  /**
   * Row stride of B (floats) from which B is packed whatever the rows: each k step of a strip read
   * in place then lands on another 4 KB page, which measured slower than copying B.
   */
  static final int PACK_B_STRIDE = 1024;

  /** Multiply-adds below which the product runs on the calling thread alone. */
  static final long SERIAL_WORK = 1L << 18;

  private static final ThreadLocal<VectorGemmJob> JOBS =
      ThreadLocal.withInitial(VectorGemmJob::new);

  private VectorGemm() {}

  static void gemm(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    run(m, n, k, a, aOff, k, 1, b, bOff, n, 1, c, cOff, accumulate);
  }

  static void gemmTN(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    run(m, n, k, a, aOff, 1, m, b, bOff, n, 1, c, cOff, accumulate);
  }

  static void gemmNT(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      float[] b,
      int bOff,
      float[] c,
      int cOff,
      boolean accumulate) {
    run(m, n, k, a, aOff, k, 1, b, bOff, 1, k, c, cOff, accumulate);
  }

  /**
   * The product with A's element {@code (i, p)} at {@code aOff + i * ars + p * aks} and B's element
   * {@code (p, j)} at {@code bOff + p * bks + j * bjs}; C is dense row-major.
   */
  private static void run(
      int m,
      int n,
      int k,
      float[] a,
      int aOff,
      int ars,
      int aks,
      float[] b,
      int bOff,
      int bks,
      int bjs,
      float[] c,
      int cOff,
      boolean accumulate) {
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      if (!accumulate) {
        Arrays.fill(c, cOff, cOff + m * n, 0f);
      }
      return;
    }
    VectorGemmJob job = JOBS.get();
    job.set(m, n, k, a, aOff, ars, aks, b, bOff, bks, bjs, c, cOff, accumulate);
    plan(job, Parallel.threads());
    try {
      Parallel.forRange(job.rowBlocks * job.colBlocks, job.minChunk, job);
    } finally {
      job.release();
    }
  }

  /** Chooses the block grid: a multiple of the thread count when there is enough work. */
  static void plan(VectorGemmJob job, int threads) {
    int tiles = (job.m + MR - 1) / MR;
    int strips = (job.n + NR - 1) / NR;
    boolean serial = threads == 1 || (long) job.m * job.n * job.k < SERIAL_WORK;
    int colBlocks = (strips + BLOCK_STRIPS - 1) / BLOCK_STRIPS;
    int rowBlocks = 1;
    if (!serial) {
      colBlocks = Math.min(strips, (colBlocks + threads - 1) / threads * threads);
      rowBlocks = Math.min(tiles, threads / gcd(colBlocks, threads));
    }
    job.tiles = tiles;
    job.strips = strips;
    job.rowBlocks = rowBlocks;
    job.colBlocks = colBlocks;
    job.minChunk = serial ? rowBlocks * colBlocks : 1;
    job.kSlices = (job.k + KC - 1) / KC;
    job.packB =
        job.bjs != 1 || job.bks >= PACK_B_STRIDE || (long) tiles * MR / rowBlocks >= PACK_B_ROWS;
  }

  private static int gcd(int x, int y) {
    return y == 0 ? x : gcd(y, x % y);
  }
}
