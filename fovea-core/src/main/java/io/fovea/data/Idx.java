package io.fovea.data;

import io.fovea.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes IDX files, the format of MNIST and Fashion-MNIST ({@code
 * train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, gzipped or not).
 *
 * <p>Layout: a 4-byte magic {@code 0x0000TTRR} (type TT: 08 uint8, 09 int8, 0B int16, 0C int32, 0D
 * float32, 0E float64; RR the rank), then RR big-endian int32 dimensions, then the values,
 * big-endian, row-major. Images are {@code 0x00000803 [n, 28, 28]}, labels {@code 0x00000801 [n]}.
 * A gzip stream is recognised by its first bytes; offsets in errors then count uncompressed bytes.
 * Reference: yann.lecun.com/exdb/mnist.
 */
public final class Idx {

  private static final DType[] TYPES = new DType[16];

  static {
    TYPES[0x08] = DType.U1;
    TYPES[0x09] = DType.I1;
    TYPES[0x0B] = DType.I2;
    TYPES[0x0C] = DType.I4;
    TYPES[0x0D] = DType.F4;
    TYPES[0x0E] = DType.F8;
  }

  private Idx() {}

  /** The array in {@code file}, any type and rank. */
  public static NdArray read(Path file) throws IOException {
    return read(file, 0);
  }

  /**
   * The array in {@code file}, which must have magic {@code expectedMagic} (e.g. {@code 0x803} for
   * images), or any IDX magic when it is 0.
   */
  public static NdArray read(Path file, int expectedMagic) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), expectedMagic);
    }
  }

  /** The array in {@code in}, naming {@code name} in errors. */
  public static NdArray read(InputStream raw, String name, int expectedMagic) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    if (gzip) {
      in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    try {
      return parse(in, name + (gzip ? " (gzip)" : ""), expectedMagic);
    } catch (EOFException | ZipException e) {
      throw new DataFileException(
          name,
          null,
          -1,
          "expected a complete gzip stream, got " + e.getMessage() + " (truncated or corrupt file)",
          e);
    }
  }

  private static NdArray parse(InputStream in, String name, int expectedMagic) throws IOException {
    int magic = ByteBuffer.wrap(exact(in, 4, name, 0, "the magic number")).getInt();
    int type = (magic >>> 8) & 0xff;
    int rank = magic & 0xff;
    boolean valid = (magic >>> 16) == 0 && type < TYPES.length && TYPES[type] != null && rank >= 1;
    if (!valid || (expectedMagic != 0 && magic != expectedMagic)) {
      String want =
          expectedMagic != 0
              ? String.format("magic 0x%08X", expectedMagic)
              : "an IDX magic 0x000008RR..0x00000ERR";
      throw new DataFileException(
          name,
          null,
          0,
          "expected "
              + want
              + ", got "
              + String.format("0x%08X", magic)
              + " (not an IDX file of that kind)");
    }
    ByteBuffer dims = ByteBuffer.wrap(exact(in, 4 * rank, name, 4, "the dimensions"));
    int[] shape = new int[rank];
    for (int i = 0; i < rank; i++) {
      shape[i] = dims.getInt();
      if (shape[i] < 0) {
        throw new DataFileException(
            name, null, 4 + 4L * i, "expected a dimension >= 0, got " + shape[i]);
      }
    }
    DType t = TYPES[type];
    long bytes = NdArray.sizeOf(shape) * t.itemSize();
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new DataFileException(
          name, null, 4, "expected at most 2 GB of data, got shape " + Arrays.toString(shape));
    }
    byte[] data =
        exact(in, (int) bytes, name, 4 + 4L * rank, "data for shape " + Arrays.toString(shape));
    NpyLayout.swap(data, t.itemSize());
    return NdArray.ofBytes(t, shape, data);
  }

  private static byte[] exact(InputStream in, int n, String name, long offset, String what)
      throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new DataFileException(
          name,
          null,
          offset + b.length,
          "expected "
              + n
              + " bytes of "
              + what
              + " from byte "
              + offset
              + ", got "
              + b.length
              + " (truncated file)");
    }
    return b;
  }

  /** Writes {@code a} to {@code file} atomically, gzipped when {@code gzip}. */
  public static void write(Path file, NdArray a, boolean gzip) throws IOException {
    AtomicFiles.writeStream(
        file,
        out -> {
          OutputStream o =
              gzip ? new GZIPOutputStream(out, 1 << 16) : new BufferedOutputStream(out);
          write(o, a);
          o.flush();
          if (o instanceof GZIPOutputStream g) {
            g.finish();
          }
        });
  }

  /** Writes {@code a} in IDX layout to {@code out} (left open). */
  public static void write(OutputStream out, NdArray a) throws IOException {
    int type = Arrays.asList(TYPES).indexOf(a.dtype());
    if (type < 0) {
      throw new IllegalArgumentException(
          "Idx.write: expected u1, i1, i2, i4, f4 or f8 data, got " + a.dtype());
    }
    int[] shape = a.shape();
    ByteBuffer head = ByteBuffer.allocate(4 + 4 * shape.length);
    head.putInt((type << 8) | shape.length);
    for (int d : shape) {
      head.putInt(d);
    }
    out.write(head.array());
    byte[] data = a.toBytes();
    NpyLayout.swap(data, a.dtype().itemSize());
    out.write(data);
  }
}
