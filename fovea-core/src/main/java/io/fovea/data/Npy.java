package io.fovea.data;

import io.fovea.files.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes NumPy {@code .npy} files: the magic {@code \x93NUMPY}, a version (1.0, 2.0,
 * 3.0), a header length (2 bytes in 1.0, 4 after), the header dictionary padded so that the data
 * starts at a multiple of 64, then the raw values.
 *
 * <p>Dtypes u1, i1, i2, i4, i8, f2, f4, f8 and bool in either byte order; C or Fortran order
 * (Fortran data is transposed into row-major on reading); any rank including 0 and empty arrays.
 * Object arrays (pickles) are refused, never loaded. Reference: NumPy's {@code numpy.lib.format}
 * specification.
 */
public final class Npy {

  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

  /** Larger headers are refused as corrupt (NumPy itself refuses beyond 10000 by default). */
  static final int MAX_HEADER = 100_000;

  private Npy() {}

  /** The array in {@code file}. */
  public static NdArray read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, file.toString(), null);
    }
  }

  /**
   * The array in {@code in}, naming {@code file} and {@code entry} (or null) in errors.
   *
   * @throws DataFileException for a bad magic, header or truncated data, with the byte offset
   */
  public static NdArray read(InputStream in, String file, String entry) throws IOException {
    Reader r = new Reader(in, file, entry);
    byte[] magic = r.bytes(8, "the npy magic and version");
    for (int i = 0; i < MAGIC.length; i++) {
      if (magic[i] != MAGIC[i]) {
        throw r.error(
            i,
            "expected the npy magic \\x93NUMPY, got bytes " + hex(magic, 6) + " (not an npy file)");
      }
    }
    int major = magic[6];
    if (major < 1 || major > 3 || magic[7] != 0) {
      throw r.error(6, "expected npy version 1.0, 2.0 or 3.0, got " + major + "." + magic[7]);
    }
    ByteBuffer lenBytes =
        ByteBuffer.wrap(r.bytes(major == 1 ? 2 : 4, "the header length"))
            .order(ByteOrder.LITTLE_ENDIAN);
    long headerLen = major == 1 ? lenBytes.getShort() & 0xffff : lenBytes.getInt() & 0xffffffffL;
    if (headerLen > MAX_HEADER) {
      throw r.error(
          8,
          "expected a header of at most "
              + MAX_HEADER
              + " bytes, got "
              + headerLen
              + " (header too long: corrupt file?)");
    }
    long headerStart = r.offset;
    Charset cs = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    String text = new String(r.bytes((int) headerLen, "the header"), cs);
    NpyHeader h;
    try {
      h = NpyHeader.parse(text);
    } catch (NpyHeader.FormatError e) {
      throw r.error(headerStart, e.getMessage());
    }
    long count = NdArray.sizeOf(h.shape()) * h.dtype().itemSize();
    if (count > Integer.MAX_VALUE - 8) {
      throw r.error(headerStart, "expected at most 2 GB of data, got " + count + " bytes");
    }
    byte[] raw = r.bytes((int) count, "data");
    return NdArray.ofBytes(h.dtype(), h.shape(), NpyLayout.toRowMajorLittle(raw, h));
  }

  /** Writes {@code array} to {@code file} atomically, as NumPy does by default. */
  public static void write(Path file, NdArray array) throws IOException {
    write(file, array, NpyFormat.DEFAULT);
  }

  /** Writes {@code array} to {@code file} atomically in the given format. */
  public static void write(Path file, NdArray array, NpyFormat format) throws IOException {
    AtomicFiles.writeStream(
        file,
        out -> {
          OutputStream buffered = new BufferedOutputStream(out);
          write(buffered, array, format);
          buffered.flush();
        });
  }

  /** Writes {@code array} to {@code out} (left open). */
  public static void write(OutputStream out, NdArray array, NpyFormat format) throws IOException {
    NpyHeader h =
        new NpyHeader(array.dtype(), format.byteOrder(), format.fortranOrder(), array.shape());
    String dict = h.format();
    int version = format.version();
    Charset cs = version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    int dictLen = dict.getBytes(cs).length + 1;
    if (version == 1 && 10 + dictLen > 65535) {
      version = 2;
    }
    int prefix = version == 1 ? 10 : 12;
    int padded = (prefix + dictLen + 63) / 64 * 64;
    int headerLen = padded - prefix;
    ByteBuffer head = ByteBuffer.allocate(prefix).order(ByteOrder.LITTLE_ENDIAN);
    head.put(MAGIC).put((byte) version).put((byte) 0);
    if (version == 1) {
      head.putShort((short) headerLen);
    } else {
      head.putInt(headerLen);
    }
    out.write(head.array());
    out.write((dict + " ".repeat(headerLen - dictLen) + "\n").getBytes(cs));
    out.write(NpyLayout.fromRowMajorLittle(array.bytes(), h));
  }

  static String hex(byte[] b, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(n, b.length); i++) {
      sb.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%02x", b[i] & 0xff));
    }
    return sb.toString();
  }

  /** Reads exact byte counts, tracking the offset for error messages. */
  private static final class Reader {
    private final InputStream in;
    private final String file;
    private final String entry;
    long offset;

    Reader(InputStream in, String file, String entry) {
      this.in = in;
      this.file = file;
      this.entry = entry;
    }

    byte[] bytes(int n, String what) throws IOException {
      byte[] b = in.readNBytes(n);
      if (b.length < n) {
        throw error(
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
      offset += n;
      return b;
    }

    DataFileException error(long at, String problem) {
      return new DataFileException(file, entry, at, problem);
    }
  }
}
