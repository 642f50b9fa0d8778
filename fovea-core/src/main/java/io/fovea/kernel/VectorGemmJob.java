package io.fovea.kernel;

/**
 * One call of {@link VectorGemm}: its operands, strides and block grid, run over a range of blocks
 * by each thread of {@link Parallel}. One instance per calling thread is reused, so a product
 * allocates nothing.
 */
final class VectorGemmJob implements Parallel.Range {

  private static final ThreadLocal<VectorGemmBlock> BLOCKS =
      ThreadLocal.withInitial(VectorGemmBlock::new);

  int m;
  int n;
  int k;
  float[] a;
  int aOff;
  int ars;
  int aks;
  float[] b;
  int bOff;
  int bks;
  int bjs;
  float[] c;
  int cOff;
  boolean accumulate;

  int tiles;
  int strips;
  int rowBlocks;
  int colBlocks;
  int minChunk;
  int kSlices;
  boolean packB;

  void set(
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
    this.m = m;
    this.n = n;
    this.k = k;
    this.a = a;
    this.aOff = aOff;
    this.ars = ars;
    this.aks = aks;
    this.b = b;
    this.bOff = bOff;
    this.bks = bks;
    this.bjs = bjs;
    this.c = c;
    this.cOff = cOff;
    this.accumulate = accumulate;
  }

  /** Drops the operand references so that a finished call keeps no arrays alive. */
  void release() {
    a = null;
    b = null;
    c = null;
  }

  @Override
  public void run(int from, int to) {
    VectorGemmBlock block = BLOCKS.get();
    for (int t = from; t < to; t++) {
      int rb = t / colBlocks;
      int cb = t % colBlocks;
      block.compute(
          this,
          split(tiles, rowBlocks, rb),
          split(tiles, rowBlocks, rb + 1),
          split(strips, colBlocks, cb),
          split(strips, colBlocks, cb + 1));
    }
  }

  /** First slice index of part {@code q} when {@code total} slices are cut into {@code parts}. */
  static int split(int total, int parts, int q) {
    return (int) ((long) total * q / parts);
  }
}
